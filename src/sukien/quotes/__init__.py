"""sukien.quotes"""
