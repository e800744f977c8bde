"""Build whole columns with NumPy and Arrow kernels: ids, phone numbers, flags, ranks.

Every helper takes and returns whole columns (NumPy arrays in, Arrow arrays out), so no row is
built in Python.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc

I64 = npt.NDArray[np.int64]
Mask = npt.NDArray[np.bool_]


def rank_within(groups: I64, n_groups: int) -> I64:
    """Return each element's position among the earlier elements of its group."""
    order = np.argsort(groups, kind="stable")
    counts = np.bincount(groups, minlength=n_groups)
    ranks = np.empty(groups.size, np.int64)
    ranks[order] = np.arange(groups.size) - np.repeat(np.cumsum(counts) - counts, counts)
    return ranks


def join(*parts: Any) -> Any:
    """Concatenate string columns and scalars element-wise, with no separator."""
    return pc.binary_join_element_wise(*parts, "")


def substring(text: Any, start: int, stop: int) -> Any:
    """Return characters ``start`` to ``stop`` of each string."""
    return pc.utf8_slice_codeunits(text, start, stop)


def make_ids(prefix: str, numbers: I64) -> Any:
    """Return ids such as 'NW10000042': the prefix, then the number."""
    return join(prefix, pc.cast(pa.array(numbers), pa.string()))


def pad4(suffix: I64) -> Any:
    return pc.utf8_lpad(pc.cast(pa.array(suffix), pa.string()), 4, "0")


def phone_digits(area: I64, suffix: I64) -> Any:
    """Return ten-digit numbers 'AAA5550SSS' of area codes and 555 line suffixes."""
    return join(pc.cast(pa.array(area), pa.string()), "555", pad4(suffix))


def phone_dashed(area: I64, suffix: I64) -> Any:
    return join(pc.cast(pa.array(area), pa.string()), "-555-", pad4(suffix))


def yes_no(mask: Mask) -> Any:
    return pc.if_else(pa.array(mask), "Y", "N")
