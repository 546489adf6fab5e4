"""Detainer Explainer: ICE detainer forms with numbered markers, each explained and cited."""

__version__ = "0.1.0"
