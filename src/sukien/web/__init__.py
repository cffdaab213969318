"""sukien.web"""
