"""The synthetic sample company that the demo, the tests and the lessons run on."""

from pathlib import Path

SAMPLE_DIR = Path(__file__).parent
COMPANY_FILE = SAMPLE_DIR / "company.yaml"

__all__ = ["COMPANY_FILE", "SAMPLE_DIR"]
