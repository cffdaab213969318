"""sukien.time"""
