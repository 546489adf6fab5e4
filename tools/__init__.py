"""Maintenance tools: the sample-form generator, the app bundler. Not part of the installed package."""
