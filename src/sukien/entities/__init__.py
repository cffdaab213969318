"""sukien.entities"""
