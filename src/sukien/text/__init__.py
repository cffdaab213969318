"""sukien.text"""
