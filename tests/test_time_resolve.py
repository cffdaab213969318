"""Values of time expressions (sukien.time.normalize / resolve), table-driven.

Each row is a sentence written for this test, the span the tagger must find in it, and the
value it must get. The anchor (publication date) is Friday 8 July 2022 unless the row says
otherwise: 2022-07-04 is a Monday, 2022-07-07 a Thursday, ISO week 2022-W27.
"""

from __future__ import annotations

from datetime import date

import pytest

from sukien.time import normalize, resolve
from sukien.time.lunar import lunar_to_solar, solar_to_lunar
from sukien.time.mentions import TimeMention
from sukien.time.numbers import parse_number
from sukien.time.resolve import is_future

ANCHOR = "2022-07-08"

# (sentence, span, value) or (sentence, span, value, anchor)
CASES: list[tuple[str, ...]] = [
    # ---- absolute dates, every press form
    ("Hai bên ký thỏa thuận ngày 15/12/2021 tại Hà Nội.", "ngày 15/12/2021", "2021-12-15"),
    ("Hội nghị khai mạc ngày 15-12-2021 ở Jakarta.", "ngày 15-12-2021", "2021-12-15"),
    ("Văn bản được công bố ngày 15.12.2021.", "ngày 15.12.2021", "2021-12-15"),
    ("Hiệp ước ký kết 3/2/2020 tại Geneva.", "3/2/2020", "2020-02-03"),
    (
        "Ngày 3 tháng 2 năm 2020, hai nước nối lại đàm phán.",
        "Ngày 3 tháng 2 năm 2020",
        "2020-02-03",
    ),
    ("Nhà lãnh đạo sinh ngày 19 tháng 5 năm 1890.", "ngày 19 tháng 5 năm 1890", "1890-05-19"),
    ("Cuộc gặp diễn ra ngày 4/7 tại thủ đô.", "ngày 4/7", "2022-07-04"),
    ("Phái đoàn đến Tokyo hôm 2/7 để chuẩn bị.", "hôm 2/7", "2022-07-02"),
    ("Ngày 1-7, luật mới chính thức có hiệu lực.", "Ngày 1-7", "2022-07-01"),
    ("Ông đã từ chức vào 30/6 sau nhiều tranh cãi.", "30/6", "2022-06-30"),
    ("Thỏa thuận được ký ngày 05/01/2022.", "ngày 05/01/2022", "2022-01-05"),
    ("Đoàn công tác lên đường ngày 20/6/22.", "ngày 20/6/22", "2022-06-20"),
    ("Cuộc bầu cử diễn ra tháng 5/2021.", "tháng 5/2021", "2021-05"),
    ("Hiệp định được ký tháng 10 năm 2019.", "tháng 10 năm 2019", "2019-10"),
    ("Họ gặp nhau lần đầu vào tháng Ba.", "tháng Ba", "2022-03"),
    ("Lệnh cấm có hiệu lực từ tháng 3 vừa qua.", "tháng 3 vừa qua", "2022-03"),
    ("Dự án bắt đầu triển khai từ tháng 3.", "tháng 3", "2022-03"),
    ("Tháng Mười Hai năm ngoái, hai bên lại căng thẳng.", "Tháng Mười Hai năm ngoái", "2021-12"),
    ("Năm 2019, quan hệ hai nước xấu đi rõ rệt.", "Năm 2019", "2019"),
    ("Mục tiêu trung hòa carbon đến năm 2050.", "năm 2050", "2050"),
    ("Doanh thu quý 3/2024 dự kiến tăng mạnh.", "quý 3/2024", "2024-Q3"),
    ("Tăng trưởng quý III năm 2023 đạt 5%.", "quý III năm 2023", "2023-Q3"),
    ("Xuất khẩu quý I giảm so với cùng kỳ.", "quý I", "2022-Q1"),
    ("Kinh tế phục hồi trong nửa đầu năm 2023.", "nửa đầu năm 2023", "2023-H1"),
    ("Trong 6 tháng đầu năm, kim ngạch tăng 12%.", "6 tháng đầu năm", "2022-H1"),
    ("Chính phủ đặt mục tiêu cho nửa cuối năm nay.", "nửa cuối năm nay", "2022-H2"),
    ("Phái đoàn sẽ trở lại vào đầu tháng 3 năm sau.", "đầu tháng 3 năm sau", "2023-03"),
    ("Báo cáo được công bố cuối tháng 6/2021.", "cuối tháng 6/2021", "2021-06"),
    ("Các cuộc biểu tình nổ ra giữa tháng 5.", "giữa tháng 5", "2022-05"),
    (
        "Hiến pháp được thông qua năm hai nghìn không trăm hai mươi.",
        "năm hai nghìn không trăm hai mươi",
        "2020",
    ),
    (
        "Ngày mười lăm tháng Sáu, quốc hội họp phiên bất thường.",
        "Ngày mười lăm tháng Sáu",
        "2022-06-15",
    ),
    ("Nền kinh tế tăng trưởng nhanh trong thập niên 1990.", "thập niên 1990", "199"),
    (
        "Căng thẳng biên giới kéo dài từ những năm 80 của thế kỷ trước.",
        "những năm 80 của thế kỷ trước",
        "198",
    ),
    ("Đây là thách thức lớn của thế kỷ 21.", "thế kỷ 21", "20"),
    ("Chiến tranh lạnh chi phối nửa sau thế kỷ XX.", "thế kỷ XX", "19"),
    ("Kế hoạch phát triển giai đoạn 2021-2025 đã được duyệt.", "2021-2025", "2021"),
    ("Chiến lược Tầm nhìn 2045 nhấn mạnh đổi mới.", "2045", "2045"),
    ("Từ 2015, hai nước tổ chức tập trận chung.", "2015", "2015"),
    ("Cuộc gặp dự kiến diễn ra ngày 15 tới.", "ngày 15 tới", "2022-07-15"),
    ("Ông trở về nước ngày 5.", "ngày 5", "2022-07-05"),
    ("Quyết định được đưa ra ngày 28 và công bố sau đó.", "ngày 28", "2022-06-28"),
    # ---- weekdays
    ("Người phát ngôn cho biết hôm thứ Ba rằng hai bên đã nhất trí.", "hôm thứ Ba", "2022-07-05"),
    ("Hôm thứ Sáu, ông có bài phát biểu tại quốc hội.", "Hôm thứ Sáu", "2022-07-08"),
    ("Ông nói với báo giới hôm thứ Hai tuần trước.", "hôm thứ Hai tuần trước", "2022-06-27"),
    ("Hội nghị sẽ bắt đầu vào thứ Năm tuần tới.", "thứ Năm tuần tới", "2022-07-14"),
    ("Đoàn đại biểu sẽ tới vào thứ Tư tới.", "thứ Tư tới", "2022-07-13"),
    ("Ông sẽ tới Bắc Kinh vào thứ Hai để hội đàm.", "thứ Hai", "2022-07-11"),
    ("Phe đối lập biểu tình hôm Chủ nhật.", "hôm Chủ nhật", "2022-07-03"),
    ("Sáng thứ Bảy, tàu chiến tiến vào eo biển.", "Sáng thứ Bảy", "2022-07-02"),
    ("Ông gặp người đồng cấp vào ngày thứ Năm (7/7) tại Bali.", "ngày thứ Năm (7/7)", "2022-07-07"),
    ("Thủ tướng phát biểu hôm thứ Tư, ngày 6/7, tại Paris.", "hôm thứ Tư, ngày 6/7", "2022-07-06"),
    ("Vụ việc xảy ra hôm thứ 5 tại cảng.", "hôm thứ 5", "2022-07-07"),
    ("Tối Chủ nhật, hai bên ra tuyên bố chung.", "Tối Chủ nhật", "2022-07-03"),
    (
        "Ngoại trưởng đến Seoul hôm thứ Năm (29/12).",
        "hôm thứ Năm (29/12)",
        "2022-12-29",
        "2023-01-05",
    ),
    ("Thượng đỉnh sẽ khai mạc thứ Hai (11/7).", "thứ Hai (11/7)", "2022-07-11"),
    ("Bức thư được gửi đi hôm thứ ba tuần này.", "hôm thứ ba tuần này", "2022-07-05"),
    ("Cuộc điện đàm diễn ra chiều thứ Hai vừa qua.", "chiều thứ Hai vừa qua", "2022-07-04"),
    # ---- relative days, weeks, months, years
    ("Thủ tướng đã tiếp đoàn hôm qua.", "hôm qua", "2022-07-07"),
    ("Hôm nay, hai nước ký thỏa thuận thương mại.", "Hôm nay", "2022-07-08"),
    ("Quân đội rút khỏi thị trấn hôm kia.", "hôm kia", "2022-07-06"),
    ("Ngày mai, các bộ trưởng sẽ nhóm họp.", "Ngày mai", "2022-07-09"),
    ("Kết quả sẽ được công bố ngày kia.", "ngày kia", "2022-07-10"),
    ("Tối qua, một vụ nổ lớn xảy ra gần sân bay.", "Tối qua", "2022-07-07"),
    ("Sáng nay, tổng thống có mặt tại hiện trường.", "Sáng nay", "2022-07-08"),
    ("Phái đoàn sẽ lên đường chiều mai.", "chiều mai", "2022-07-09"),
    ("Lệnh ngừng bắn có hiệu lực từ đêm qua.", "đêm qua", "2022-07-07"),
    ("Hôm qua (7/7), ông Lý hội kiến đại sứ.", "Hôm qua (7/7)", "2022-07-07"),
    ("Họ đã thảo luận vấn đề này tuần trước.", "tuần trước", "2022-W26"),
    ("Tuần này, quốc hội thảo luận dự luật.", "Tuần này", "2022-W27"),
    ("Phiên điều trần được dời sang tuần tới.", "tuần tới", "2022-W28"),
    ("Hai bên hẹn gặp lại tuần sau.", "tuần sau", "2022-W28"),
    ("Kế hoạch cho nửa đầu năm đã hoàn thành.", "nửa đầu năm", "2022-H1"),
    ("Tết Đoan ngọ năm nay rơi vào ngày 3/6.", "Tết Đoan ngọ", "2022-06-03"),
    ("Lễ cúng diễn ra ngày 15/7 (âm lịch).", "ngày 15/7 (âm lịch)", "2022-08-12", "2022-09-01"),
    ("Giá dầu biến động mạnh trong tuần qua.", "tuần qua", "2022-W26"),
    ("Ông đã thăm Nhật Bản hồi tháng trước.", "tháng trước", "2022-06"),
    ("Tháng này, giá xăng giảm lần thứ hai.", "Tháng này", "2022-07"),
    ("Bộ trưởng sẽ sang châu Âu vào tháng tới.", "tháng tới", "2022-08"),
    ("Năm ngoái, thương mại song phương đạt kỷ lục.", "Năm ngoái", "2021"),
    ("Đây là chuyến thăm thứ hai của ông trong năm nay.", "năm nay", "2022"),
    ("Hội nghị thượng đỉnh tiếp theo diễn ra năm tới.", "năm tới", "2023"),
    ("Luật sẽ được sửa đổi vào năm sau.", "năm sau", "2023"),
    # "Năm sau," opening a past narrative: the year after the one just told
    ("Hai nước ký hiệp định năm 2015. Năm sau, ông Obama tới Hà Nội.", "Năm sau", "2016"),
    ("Năm sau, hội nghị sẽ diễn ra tại Lào.", "Năm sau", "2023"),
    ("Số liệu năm trước cho thấy mức tăng nhẹ.", "năm trước", "2021"),
    ("Cuộc khủng hoảng bắt đầu từ năm kia.", "năm kia", "2020"),
    ("Sự cố xảy ra 3 ngày trước.", "3 ngày trước", "2022-07-05"),
    ("Ông nhậm chức hai tuần trước.", "hai tuần trước", "2022-W25"),
    ("Ba tháng trước, nhà máy buộc phải đóng cửa.", "Ba tháng trước", "2022-04"),
    ("Bà đã rời chính trường 5 năm trước.", "5 năm trước", "2017"),
    ("Cách đây 2 tuần, ông tuyên bố từ chức.", "Cách đây 2 tuần", "2022-W25"),
    ("Cách đây một năm, hai bên còn đối đầu.", "Cách đây một năm", "2021"),
    ("Cuộc bỏ phiếu sẽ diễn ra 2 tuần nữa.", "2 tuần nữa", "2022-W29"),
    ("Lãnh đạo hai nước đã điện đàm đầu tháng này.", "đầu tháng này", "2022-07"),
    ("Hàng nghìn người xuống đường cuối tuần qua.", "cuối tuần qua", "2022-W26"),
    ("Dự luật sẽ được thông qua cuối năm nay.", "cuối năm nay", "2022"),
    ("Thâm hụt tăng từ tháng 12 năm ngoái.", "tháng 12 năm ngoái", "2021-12"),
    ("Cuộc tổng tuyển cử diễn ra vào tháng 3 năm sau.", "tháng 3 năm sau", "2023-03"),
    ("Lạm phát được dự báo giảm trong quý tới.", "quý tới", "2022-Q4"),
    ("GDP quý trước tăng 7,7%.", "quý trước", "2022-Q2"),
    ("Hội nghị cấp cao đã họp vào tháng 1 năm nay.", "tháng 1 năm nay", "2022-01"),
    ("Vào đầu năm, chính phủ công bố gói hỗ trợ.", "đầu năm", "2022"),
    # ---- relative to the date mentioned before
    ("Ngày 3/7, ông đến Paris. Cùng ngày, ông gặp Tổng thống Pháp.", "Cùng ngày", "2022-07-03"),
    (
        "Ngày 3/7, hai bên ký hiệp định. Một ngày trước đó, các bộ trưởng họp trù bị.",
        "Một ngày trước đó",
        "2022-07-02",
    ),
    (
        "Lễ ký diễn ra ngày 3/7, trước đó một ngày đã có cuộc họp báo.",
        "trước đó một ngày",
        "2022-07-02",
    ),
    ("Tối 3/7, hai nhà lãnh đạo dùng bữa. Sáng hôm sau, họ hội đàm.", "Sáng hôm sau", "2022-07-04"),
    ("Ông đến Hà Nội ngày 3/7 và hai ngày sau đó sang Lào.", "hai ngày sau đó", "2022-07-05"),
    (
        "Năm 2015, hai nước lập quan hệ đối tác. Cùng năm đó, họ mở đường bay thẳng.",
        "Cùng năm đó",
        "2015",
    ),
    ("Năm 2001, ông nhậm chức. Năm sau đó, ông tái cơ cấu nội các.", "Năm sau đó", "2002"),
    ("Ngày 3/7, đoàn đến Paris. Cuộc họp bắt đầu lúc 10h30.", "10h30", "2022-07-03T10:30"),
    ("Hôm đó, quảng trường chật kín người.", "Hôm đó", "2022-07-08"),
    # ---- clock times and zones
    ("Vụ phóng diễn ra lúc 10h30 ngày 15/12/2021.", "10h30 ngày 15/12/2021", "2021-12-15T10:30"),
    (
        "Đoàn xe xuất phát lúc 10 giờ 30 phút sáng 5/7.",
        "10 giờ 30 phút sáng 5/7",
        "2022-07-05T10:30",
    ),
    ("Cuộc điện đàm bắt đầu vào 20:30 thứ Hai (4/7).", "20:30 thứ Hai (4/7)", "2022-07-04T20:30"),
    (
        "Máy bay hạ cánh lúc 8h sáng nay (giờ Hà Nội).",
        "8h sáng nay (giờ Hà Nội)",
        "2022-07-08T08:00",
    ),
    (
        "Lễ ký diễn ra lúc 15h (giờ địa phương) ngày 6/7.",
        "15h (giờ địa phương) ngày 6/7",
        "2022-07-06T15:00",
    ),
    ("Cuộc họp bắt đầu lúc 9 giờ sáng.", "9 giờ sáng", "2022-07-08T09:00"),
    ("Phiên tòa mở lúc 14 giờ.", "14 giờ", "2022-07-08T14:00"),
    ("Ngày 6/7, tàu cập cảng lúc 7h15.", "7h15", "2022-07-06T07:15"),
    ("Ông phát biểu lúc 2 giờ chiều 5/7.", "2 giờ chiều 5/7", "2022-07-05T14:00"),
    ("Vụ nổ xảy ra lúc 10 giờ đêm qua.", "10 giờ đêm qua", "2022-07-07T22:00"),
    (
        "Lệnh ngừng bắn có hiệu lực từ 21 giờ 45 tối qua (7/7).",
        "21 giờ 45 tối qua (7/7)",
        "2022-07-07T21:45",
    ),
    ("Trong 24h qua, ghi nhận thêm 3 ca nhiễm.", "24h qua", "PT24H"),
    ("Đàm phán kéo dài trong 12h mà không có kết quả.", "12h", "PT12H"),
    ("Khoảng nửa đêm 5/7, còi báo động vang lên.", "nửa đêm 5/7", "2022-07-05"),
    # ---- ranges and lists: the first day
    ("Hội nghị diễn ra trong ngày 7 và 8/7 tại đảo Bali.", "ngày 7 và 8/7", "2022-07-07"),
    ("Chuyến thăm từ ngày 8-9/4 tập trung vào an ninh.", "ngày 8-9/4", "2022-04-08"),
    ("Triển lãm mở cửa từ 7/7 đến 9/7.", "7/7 đến 9/7", "2022-07-07"),
    ("Diễn tập kéo dài trong hai ngày 7-8/7.", "hai ngày 7-8/7", "2022-07-07"),
    ("Hội nghị diễn ra từ ngày 28/6 đến ngày 1/7.", "ngày 28/6 đến ngày 1/7", "2022-06-28"),
    ("Ông thăm ba nước từ ngày 13 đến 15/5.", "ngày 13 đến 15/5", "2022-05-13"),
    ("Giá tăng liên tục từ tháng 3 đến tháng 5/2022.", "tháng 3 đến tháng 5/2022", "2022-03"),
    ("Lễ hội kéo dài ngày 30/12/2021 - 2/1/2022.", "ngày 30/12/2021 - 2/1/2022", "2021-12-30"),
    ("Các phiên họp diễn ra ngày 5, 6 và 7/7.", "ngày 5, 6 và 7/7", "2022-07-05"),
    # ---- durations
    ("Hai nước kỷ niệm 75 năm thiết lập quan hệ ngoại giao.", "75 năm", "P75Y"),
    ("Chưa đầy hai tuần sau khi nhậm chức, ông lại lên đường.", "hai tuần", "P2W"),
    ("Ông đến Paris ngày 3/7. Hai tuần sau, ông sang Berlin.", "Hai tuần sau", "2022-W28"),
    ("Cuộc đàm phán kéo dài 8 ngày.", "8 ngày", "P8D"),
    ("Tranh chấp đã kéo dài nhiều năm.", "nhiều năm", "PXY"),
    ("Hợp đồng có thời hạn ba tháng.", "ba tháng", "P3M"),
    ("Ông bị giam giữ một năm rưỡi.", "một năm rưỡi", "P18M"),
    ("Dự án chậm tiến độ 2 năm 3 tháng.", "2 năm 3 tháng", "P2Y3M"),
    ("Lệnh cấm vận được gia hạn thêm nửa năm.", "nửa năm", "P6M"),
    ("Các nhà đàm phán đã làm việc hơn 60 tiếng.", "60 tiếng", "PT60H"),
    ("Cuộc gặp chỉ kéo dài 20 phút.", "20 phút", "PT20M"),
    ("Họ đã thảo luận khoảng hai giờ.", "hai giờ", "PT2H"),
    ("Chiến dịch diễn ra trong mười lăm ngày.", "mười lăm ngày", "P15D"),
    ("Sau hai thập kỷ, quan hệ được bình thường hóa.", "hai thập kỷ", "P20Y"),
    ("Phái đoàn sẽ ở lại vài ngày.", "vài ngày", "PXD"),
    ("Nhiệm kỳ được rút ngắn 1,5 năm.", "1,5 năm", "P18M"),
    ("Ông bị tuyên phạt 3 năm tù.", "3 năm", "P3Y"),
    ("Thời gian ân hạn là năm ngày kể từ khi ký.", "năm ngày", "P5D"),
    ("Lực lượng cứu hộ làm việc suốt 24 giờ.", "24 giờ", "PT24H"),
    ("Trong 3 ngày qua, giao tranh lan rộng.", "3 ngày qua", "P3D"),
    ("Giá được dự báo tăng trong 2 tuần tới.", "2 tuần tới", "P2W"),
    ("Ông điện đàm với ông Biden 8 ngày sau khi nhậm chức.", "8 ngày", "P8D"),
    ("Luật được ban hành 3 năm trước khi chiến tranh nổ ra.", "3 năm", "P3Y"),
    ("Khu vực này đã bất ổn hàng chục năm.", "hàng chục năm", "PXY"),
    ("Người dân chờ đợi hàng năm trời.", "hàng năm trời", "PXY"),
    ("Cuộc chiến đã bước sang tháng thứ năm sau 4 tháng giao tranh.", "4 tháng", "P4M"),
    # ---- sets
    ("Diễn đàn được tổ chức hằng năm tại Singapore.", "hằng năm", "P1Y"),
    ("Ngân hàng công bố số liệu hàng tháng.", "hàng tháng", "P1M"),
    ("Hai bên họp mỗi tuần một lần.", "mỗi tuần", "P1W"),
    ("Hội nghị thường niên lần thứ 20 khai mạc.", "thường niên", "P1Y"),
    ("Quân đội tuần tra hằng ngày dọc biên giới.", "hằng ngày", "P1D"),
    # ---- references
    ("Quan hệ hai nước đã phát triển mạnh trong những năm qua.", "những năm qua", "PAST_REF"),
    ("Trong những năm gần đây, thương mại tăng nhanh.", "những năm gần đây", "PAST_REF"),
    ("Giá năng lượng sẽ còn cao trong những tháng tới.", "những tháng tới", "FUTURE_REF"),
    ("Vài năm trước, ý tưởng này còn xa vời.", "Vài năm trước", "PAST_REF"),
    ("Nhiều năm qua, khu vực chịu hạn hán.", "Nhiều năm qua", "PAST_REF"),
    # ---- lunar calendar (Vietnamese, UTC+7)
    (
        "Người dân chuẩn bị đón Tết Nguyên đán sắp tới.",
        "Tết Nguyên đán",
        "2024-02-10",
        "2024-01-20",
    ),
    ("Tết Nguyên đán 2023 đến sớm hơn mọi năm.", "Tết Nguyên đán 2023", "2023-01-22"),
    ("Các chợ hoa đã mở cửa đón Tết Giáp Thìn.", "Tết Giáp Thìn", "2024-02-10", "2024-01-05"),
    ("Lễ hội đèn lồng diễn ra vào rằm tháng Tám.", "rằm tháng Tám", "2024-09-17", "2024-10-01"),
    ("Ông về quê vào mùng 1 tháng Giêng.", "mùng 1 tháng Giêng", "2023-01-22", "2023-03-01"),
    ("Lễ giỗ tổ được cử hành ngày 10/3 âm lịch.", "ngày 10/3 âm lịch", "2023-04-29", "2023-05-01"),
    ("Trẻ em rước đèn trong dịp Tết Trung thu.", "Tết Trung thu", "2023-09-29", "2023-10-01"),
    ("Dịp Tết năm đó, hàng triệu người về quê.", "Tết", "2007-02-17", "2007-03-01"),
    ("Chủ tịch nước thăm hỏi người dân vào mùng 2 Tết.", "mùng 2 Tết", "2024-02-11", "2024-02-15"),
    (
        "Đông đảo người dân dự lễ Giỗ Tổ Hùng Vương.",
        "Giỗ Tổ Hùng Vương",
        "2024-04-18",
        "2024-04-20",
    ),
    ("Thành phố sẽ trang hoàng đèn cho Giáng sinh.", "Giáng sinh", "2022-12-25", "2022-12-20"),
    (
        "Kỳ nghỉ Tết Dương lịch sắp tới kéo dài ba ngày.",
        "Tết Dương lịch",
        "2023-01-01",
        "2022-12-20",
    ),
    # ---- coarse or missing anchors
    ("Cuộc họp đã diễn ra ngày 15/12.", "ngày 15/12", "XXXX-12-15", ""),
    ("Kế hoạch bắt đầu từ tháng 12.", "tháng 12", "XXXX-12", ""),
    ("Hội nghị được tổ chức năm 2021.", "năm 2021", "2021", ""),
    ("Ông nói vậy hôm thứ Ba.", "hôm thứ Ba", "XXXX-WXX-2", ""),
    ("Năm nay, sản lượng lúa tăng.", "Năm nay", "2022", "2022-07"),
    ("Quân đội tiến vào ngày 24/2.", "ngày 24/2", "2022-02-24", "2022-07"),
    ("Tháng trước, lạm phát tăng.", "Tháng trước", "2022-06", "2022-07"),
    ("Hội nghị thượng đỉnh sẽ diễn ra vào tháng 11.", "tháng 11", "2022-11", "2022-07"),
    ("Phát biểu được đưa ra năm ngoái.", "năm ngoái", "2021", "2022"),
    # ---- year choice for dates without a year
    ("Hai bên đã gặp nhau ngày 28/12.", "ngày 28/12", "2022-12-28", "2023-01-10"),
    ("Cuộc biểu tình nổ ra hồi tháng 11.", "tháng 11", "2022-11", "2023-01-10"),
    ("Phiên họp diễn ra ngày 20/1.", "ngày 20/1", "2023-01-20", "2023-01-10"),
    ("Chuyến bay sẽ cất cánh ngày 5/1 tới.", "ngày 5/1 tới", "2023-01-05", "2022-12-20"),
    ("Lễ nhậm chức sẽ được tổ chức ngày 2/1.", "ngày 2/1", "2023-01-02", "2022-12-28"),
    ("Cuộc tấn công xảy ra hôm 30/12.", "hôm 30/12", "2022-12-30", "2023-01-02"),
]


def _value(sentence: str, span: str, anchor: str | None) -> str | None:
    times = normalize(sentence, anchor=anchor or None)
    found = [t for t in times if t.text == span]
    assert found, f"{span!r} not found in {[t.text for t in times]}"
    t = found[0]
    assert sentence[t.start : t.end] == span
    return t.value


@pytest.mark.parametrize("case", CASES, ids=[c[1] for c in CASES])
def test_value(case: tuple[str, ...]) -> None:
    sentence, span, value = case[:3]
    anchor = case[3] if len(case) > 3 else ANCHOR
    assert _value(sentence, span, anchor) == value


DEICTIC = [
    ("Hiện nay, hai nước là đối tác chiến lược.", "Hiện nay", "PRESENT_REF"),
    ("Trước đây, khu vực này là chiến trường.", "Trước đây", "PAST_REF"),
    ("Các bên sẽ họp trong thời gian tới.", "thời gian tới", "FUTURE_REF"),
    ("Hội nghị sắp tới sẽ bàn về khí hậu.", "sắp tới", "FUTURE_REF"),
    ("Lúc này, mọi lựa chọn đều khó khăn.", "Lúc này", "PRESENT_REF"),
]


@pytest.mark.parametrize(("sentence", "span", "value"), DEICTIC)
def test_deictic_only_on_request(sentence: str, span: str, value: str) -> None:
    assert [t.text for t in normalize(sentence, ANCHOR)] == []
    times = normalize(sentence, ANCHOR, deictic=True)
    assert [(t.text, t.value) for t in times] == [(span, value)]


def test_range_end_resolves() -> None:
    from sukien.time.tagger import find_times

    [m] = find_times("Hội nghị diễn ra từ 7/7 đến 9/7.")
    assert m.range_end is not None
    assert resolve(m, ANCHOR) == "2022-07-07"
    assert resolve(m.range_end, ANCHOR) == "2022-07-09"
    [m] = find_times("Trong hai ngày 7 và 8/7, các bên đàm phán.")
    assert m.range_end is not None and resolve(m.range_end, ANCHOR) == "2022-07-08"


def test_anchor_forms() -> None:
    m = TimeMention(0, 7, "hôm qua", unit="day", offset=-1, anchor="publication")
    assert resolve(m, date(2022, 3, 1)) == "2022-02-28"
    assert resolve(m, "2022-03-01") == "2022-02-28"
    assert resolve(m, "2022-03") == "2022-03"  # only the month is known
    assert resolve(m, None) is None
    assert resolve(m, "not a date") is None


def test_previous_falls_back_to_publication() -> None:
    m = TimeMention(0, 9, "cùng ngày", unit="day", offset=0, anchor="previous")
    assert resolve(m, ANCHOR) == "2022-07-08"
    assert resolve(m, ANCHOR, previous="2022-07-03") == "2022-07-03"


def test_weekday_future_and_past() -> None:
    m = TimeMention(0, 6, "thứ Ba", weekday=1)
    assert resolve(m, ANCHOR) == "2022-07-05"
    assert resolve(m, ANCHOR, future=True) == "2022-07-12"


def test_weekday_agrees_with_bracketed_date() -> None:
    # 7/7 was a Thursday in 2022, not in 2021: the weekday picks the year.
    m = TimeMention(0, 13, "thứ Năm (7/7)", weekday=3, month=7, day=7)
    assert resolve(m, "2022-12-30") == "2022-07-07"
    assert resolve(m, "2022-01-15") == "2022-07-07"


@pytest.mark.parametrize(
    ("sentence", "span", "expected"),
    [
        ("Ông sẽ thăm Nhật Bản vào ngày 15/12.", "ngày 15/12", True),
        ("Hai bên dự kiến ký kết vào tháng 3.", "tháng 3", True),
        ("Phái đoàn chuẩn bị lên đường ngày 2/1.", "ngày 2/1", True),
        ("Ông đã thăm Nhật Bản vào ngày 15/12.", "ngày 15/12", False),
        ("Ngày 15/12, hai bên ký thỏa thuận.", "Ngày 15/12", False),
        ("Hôm thứ Bảy, ông nói Mỹ sẽ không lùi bước.", "Hôm thứ Bảy", False),
        ("Ngày 9/7 tới, ông sẽ gặp ông Vương.", "Ngày 9/7 tới", True),
        ("Ông từng nói sẽ đến vào tháng 5.", "tháng 5", True),
    ],
)
def test_is_future(sentence: str, span: str, expected: bool) -> None:
    i = sentence.index(span)
    assert is_future(sentence, i, i + len(span)) is expected


def test_hom_with_weekday_is_past_even_near_se() -> None:
    times = normalize("Hôm thứ Bảy, ông nói Mỹ sẽ không lùi bước.", "2023-06-04")
    assert [(t.text, t.value) for t in times] == [("Hôm thứ Bảy", "2023-06-03")]


# ---------------------------------------------------------------- the lunar calendar
@pytest.mark.parametrize(
    ("year", "tet"),
    [
        (2007, date(2007, 2, 17)),  # Vietnam; China (UTC+8) had 18 February
        (1985, date(1985, 1, 21)),  # Vietnam; China had 20 February
        (2020, date(2020, 1, 25)),
        (2021, date(2021, 2, 12)),
        (2022, date(2022, 2, 1)),
        (2023, date(2023, 1, 22)),
        (2024, date(2024, 2, 10)),
        (2025, date(2025, 1, 29)),
    ],
)
def test_tet(year: int, tet: date) -> None:
    assert lunar_to_solar(1, 1, year) == tet
    assert solar_to_lunar(tet) == (1, 1, year, False)


def test_vietnam_and_china_differ_in_2007() -> None:
    assert lunar_to_solar(1, 1, 2007, tz=8.0) == date(2007, 2, 18)


def test_leap_month_and_missing_days() -> None:
    # 2023 had a leap second month (tháng 2 nhuận) starting 22 March 2023.
    assert lunar_to_solar(1, 2, 2023, leap=True) == date(2023, 3, 22)
    assert solar_to_lunar(date(2023, 4, 1)) == (11, 2, 2023, True)
    assert lunar_to_solar(1, 3, 2023, leap=True) is None  # no leap third month that year
    assert lunar_to_solar(30, 12, 2024) is None  # Giáp Thìn's last month had 29 days
    assert lunar_to_solar(30, 12, 2023) == date(2024, 2, 9)
    assert lunar_to_solar(15, 8, 2024) == date(2024, 9, 17)  # Tết Trung thu 2024


def test_lunar_round_trip_over_years() -> None:
    d = date(2019, 1, 1)
    while d < date(2026, 1, 1):
        lunar = solar_to_lunar(d)
        assert lunar_to_solar(lunar.day, lunar.month, lunar.year, lunar.leap) == d
        d = date.fromordinal(d.toordinal() + 3)


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("mười lăm", 15),
        ("hai mươi mốt", 21),
        ("ba mươi", 30),
        ("hai mươi tư", 24),
        ("một trăm linh năm", 105),
        ("hai nghìn không trăm hai mươi tư", 2024),
        ("hai nghìn lẻ năm", 2005),
        ("1.000", 1000),
        ("bảy", 7),
        ("mười hai", 12),
    ],
)
def test_number_words(words: str, value: int) -> None:
    assert parse_number(words) == value


def test_issue_4_back_in_a_month_is_past() -> None:
    from sukien.time import normalize

    past = normalize("Quan hệ từng xấu đi hồi tháng 2.", anchor="2024-11-16")
    assert [t.value for t in past] == ["2024-02"]
    ahead = normalize("Hai bên sẽ gặp lại vào tháng 2.", anchor="2024-11-16")
    assert [t.value for t in ahead] == ["2025-02"]


def test_issue_5_same_day_opening_a_paragraph_returns_to_the_scene() -> None:
    # the paragraph before ends on a background date three months older than its own day
    text = (
        "Căng thẳng bắt đầu từ thứ Hai (18/9), khi thủ tướng phát biểu trước quốc hội. "
        "Nhà hoạt động này bị sát hại hôm 18/6.\n\n"
        "Cùng ngày, ngoại trưởng tuyên bố trục xuất một nhà ngoại giao. Phía bên kia đáp "
        "trả ngay sáng hôm sau."
    )
    values = {t.text: t.value for t in normalize(text, "2023-09-22")}
    assert values["Cùng ngày"] == "2023-09-18"
    assert values["sáng hôm sau"] == "2023-09-19"


def test_same_day_keeps_the_last_day_said_within_a_month_or_inside_a_paragraph() -> None:
    close = "Ngày 24/2, hai bên hội đàm. Trước đó, ngày 21/2, hai bên ký hiệp ước.\n\nCùng ngày, X."
    assert normalize(close, "2022-03-01")[-1].value == "2022-02-21"
    inside = "Ngày 18/9, ông phát biểu. Ông bị bắt hôm 18/6. Cùng ngày, cảnh sát khám nhà ông."
    assert normalize(inside, "2023-09-22")[-1].value == "2023-06-18"
