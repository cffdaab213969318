"""sukien.events"""
