"""sukien.api"""
