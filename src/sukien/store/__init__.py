"""sukien.store"""
