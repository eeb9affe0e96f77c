"""What the triplestore tests share: tricky literals, test IRIs and a free loopback port."""

from __future__ import annotations

import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest
from rdflib import URIRef

KGO = "https://w3id.org/kgnews/ontology#"
POLEN = URIRef("https://w3id.org/kgnews/id/actor/polen")
TEST_GRAPH = URIRef("https://example.org/graph/literals")
EX = "https://example.org/"

# Hand-written Turtle: rdflib's own Turtle writer cannot write the "tricky" value (see 004).
LITERALS_TTL = r'''@prefix ex: <https://example.org/> .
ex:s ex:quote "Er sagte: \"Nein.\"" ;
    ex:backslash "C:\\Users\\kg\\" ;
    ex:lines "Zeile 1\nZeile 2\r\nZeile 3\tEnde" ;
    ex:script "<script>alert(\"x\")</script>" ;
    ex:umlaut "Straße – „Zitat“, Ελλάδα, 😀"@de ;
    ex:tricky "zwei Zeilen\nam Ende \\\"" ;
    ex:injection "\" } } ; DROP ALL ; INSERT DATA { <urn:x> <urn:y> \"z\" } #" ;
    ex:escape "\\u0022 bleibt Text" ;
    ex:triple "\"\"\"" .
'''
LITERALS = {
    "quote": 'Er sagte: "Nein."',
    "backslash": "C:\\Users\\kg\\",
    "lines": "Zeile 1\nZeile 2\r\nZeile 3\tEnde",
    "script": '<script>alert("x")</script>',
    "umlaut": "Straße – „Zitat“, Ελλάδα, 😀",
    "tricky": 'zwei Zeilen\nam Ende \\"',
    "injection": '" } } ; DROP ALL ; INSERT DATA { <urn:x> <urn:y> "z" } #',
    "escape": "\\u0022 bleibt Text",
    "triple": '"""',
}


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nobody listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_answering(proc: subprocess.Popen, probe: str, name: str, log: Path, seconds: float) -> None:
    """Poll ``probe`` (a query URL) until the server answers; fail with its log if it exits or stays silent."""
    deadline = time.monotonic() + seconds
    while True:
        if proc.poll() is not None:
            pytest.fail(f"{name} exited with {proc.returncode}: {log.read_text(errors='replace')[-2000:]}")
        try:
            urllib.request.urlopen(probe, timeout=2).read()
            return
        except OSError:
            if time.monotonic() > deadline:
                pytest.fail(f"{name} did not answer on {probe} within {seconds:.0f} s")
            time.sleep(0.1)


def stop_process(proc: subprocess.Popen, seconds: float = 10) -> None:
    """Terminate ``proc``, and kill it if it has not ended after ``seconds``."""
    proc.terminate()
    try:
        proc.wait(seconds)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
