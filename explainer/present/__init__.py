"""Trainer mode: a tour of an annotation set's stops on a projector, a presenter console, handouts."""
