"""Qt widgets. Models and storage stay outside this package and know nothing of Qt."""
