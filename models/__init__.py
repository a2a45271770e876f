"""The built articleparse pipeline (spaCy on-disk format), made by `python -m articleparse.modelbuild`."""
