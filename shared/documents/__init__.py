"""Documents people are handed: an autoescaped Jinja2 template per kind, money and dates as each
language writes them (Babel), a PDF/A-3b from WeasyPrint with fonts for Vietnamese and Chinese and
the document's data attached as JSON, and a verification code (an HMAC of that data with the
issuing service's key) printed with a QR code that points to the gateway's public verification."""
