"""sukien.kb"""
