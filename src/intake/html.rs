//! HTML pages to text lines.
