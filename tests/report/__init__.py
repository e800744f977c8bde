"""Tests of the audit report."""
