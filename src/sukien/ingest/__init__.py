"""sukien.ingest"""
