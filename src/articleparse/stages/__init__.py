"""The pipeline stages: one spaCy component per module, each adding one kind of annotation."""
