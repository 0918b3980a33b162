"""The server's standard input, made safe against what clients get wrong.

pygls reads a message as ``Content-Length: N`` headers, a blank line and N bytes
of JSON, and hands the bytes to ``json.loads``. Two things a client can get
wrong would otherwise cost more than the one message:

* **A body that is not UTF-8.** A client that sends a file's raw bytes (a
  Latin-1 file read as bytes) makes ``json.loads`` fail, so pygls drops the
  whole ``didOpen``: the server never holds the document, and every later
  ``didChange`` fails with a ``KeyError``. Here each byte that is not UTF-8
  becomes the JSON escape ``\\udcXX`` (Python's ``surrogateescape``), so the
  message is read, the document arrives with a lone surrogate where the byte
  was, and the server says the file is not valid UTF-8.
* **A wrong Content-Length.** Too short, the rest of the body is glued to the
  next header line; too long, the body swallows the start of the next message.
  pygls only recognises a header at the start of a line, so either way it
  never finds its footing again and ignores everything that follows. Here a
  header line glued to leftovers is cut free, and a body that runs into the
  next message's header stops there: the bad message is lost (pygls logs it),
  the next one is read.

Raw CR LF and ``Content-Length:`` can appear together in no valid JSON text
(a string cannot hold a raw line break, and the words are no JSON token), so
neither repair touches a well-formed message.
"""

from __future__ import annotations

import logging
import re
from typing import BinaryIO

logger = logging.getLogger(__name__)

_HEADER = b"Content-Length:"
_HEADER_IN_BODY = re.compile(rb"Content-Length: *\d+\r\n")
_UNDECODABLE = re.compile("[\udc80-\udcff]")


def escape_undecodable(body: bytes) -> bytes:
    """``body`` with every byte that is not UTF-8 as the JSON escape ``\\udcXX``."""
    try:
        body.decode("utf-8")
        return body
    except UnicodeDecodeError as error:
        logger.warning("lint-news: a message is not valid UTF-8 (byte 0x%02x at %d); reading it with the byte escaped", body[error.start], error.start)
    text = body.decode("utf-8", "surrogateescape")
    return _UNDECODABLE.sub(lambda match: f"\\u{ord(match.group()):04x}", text).encode("utf-8")


class SafeInput:
    """A binary stream for :meth:`pygls.server.JsonRPCServer.start_io` (its ``readline`` and ``read``)."""

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self._pending = b""  # bytes read ahead: the start of the next message

    def readline(self) -> bytes:
        if b"\n" in self._pending:
            line, _, self._pending = self._pending.partition(b"\n")
            line += b"\n"
        else:
            line, self._pending = self._pending + self._stream.readline(), b""
        at = line.find(_HEADER)
        if at > 0:
            logger.warning("lint-news: skipped %d bytes before a message header (a wrong Content-Length?)", at)
            line = line[at:]
        return line

    def read(self, size: int) -> bytes:
        body = bytearray(self._pending[:size])
        self._pending = self._pending[size:]
        read1 = getattr(self._stream, "read1", None)
        searched = 0
        while True:
            header = _HEADER_IN_BODY.search(body, searched)
            if header is not None:
                # the Content-Length was too long: the body ran into the next message
                logger.warning("lint-news: a message is shorter than its Content-Length (%d of %d bytes)", header.start(), size)
                self._pending = bytes(body[header.start() :]) + self._pending
                del body[header.start() :]
                if not body:
                    return b" "  # not JSON, so pygls logs it and reads on (an empty body would stop it)
                break
            if len(body) >= size:
                break
            searched = max(len(body) - 32, 0)
            chunk = read1(size - len(body)) if read1 is not None else self._stream.read(size - len(body))
            if not chunk:
                break  # end of input
            body += chunk
        return escape_undecodable(bytes(body))
