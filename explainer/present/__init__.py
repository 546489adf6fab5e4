"""Trainer mode: a tour of an annotation set's stops on a projector, and a presenter console.

``tour`` (Qt-free: the state of a talk and what each key does), ``audience`` and ``console`` (the two
windows), ``controller`` (one talk and its screens), ``feature`` (the main window's Presentation menu).
"""
