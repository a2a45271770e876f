"""The built articleparse pipeline (spaCy on-disk format), made by `python scripts/build_model.py`."""
