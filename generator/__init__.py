"""Briefings: raw news and policy articles in, a policy-briefing microsite out."""
from .pipeline import Report, build

__all__ = ["build", "Report"]
