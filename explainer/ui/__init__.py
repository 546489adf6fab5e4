"""The main window and its widgets. Models, storage and content stay outside and know nothing of Qt.

Features attach to the window through :mod:`.seam`; see ``explainer.app`` for where they are composed.
"""
