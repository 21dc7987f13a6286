"""pyexpat against the host: the parser object, its handlers and errors, and the
stdlib on top of it (ElementTree, minidom, sax, plistlib).

Counterpart: glass/modules/pyexpat.py (Modules/pyexpat.c).
"""
from __future__ import annotations

from oracle import same_as_host


def test_parser_objects():
    same_as_host(r"""
import pyexpat, io, sys
from xml.parsers import expat
def t(f,*a,**k):
    try: print('ok', f(*a,**k))
    except Exception as e: print(type(e).__name__, e, getattr(e, 'code', None), getattr(e, 'lineno', None), getattr(e, 'offset', None))
print(pyexpat.version_info, pyexpat.EXPAT_VERSION, pyexpat.features, pyexpat.native_encoding, pyexpat.ErrorString(3))
print("pyexpat.errors" in sys.modules, sys.modules.get("pyexpat.model") is pyexpat.model)
print(pyexpat.ExpatError, pyexpat.error is pyexpat.ExpatError, pyexpat.errors.XML_ERROR_SYNTAX, pyexpat.errors.codes[pyexpat.errors.XML_ERROR_SYNTAX], pyexpat.model.XML_CTYPE_MIXED)
p = expat.ParserCreate()
ev = []
p.StartElementHandler = lambda name, attrs: ev.append(('start', name, attrs))
p.EndElementHandler = lambda name: ev.append(('end', name))
p.CharacterDataHandler = lambda data: ev.append(('data', data))
p.CommentHandler = lambda d: ev.append(('comment', d))
p.ProcessingInstructionHandler = lambda t, d: ev.append(('pi', t, d))
p.XmlDeclHandler = lambda *a: ev.append(('xmldecl',) + a)
p.StartDoctypeDeclHandler = lambda *a: ev.append(('doctype',) + a)
p.ElementDeclHandler = lambda *a: ev.append(('elementdecl',) + a)
p.AttlistDeclHandler = lambda *a: ev.append(('attlist',) + a)
print(p.StartElementHandler is not None, p.DefaultHandler, p.buffer_text, p.ordered_attributes, p.intern)
print(p.Parse(b'<?xml version="1.0"?>\n<!DOCTYPE r [<!ELEMENT r (a|b)*><!ATTLIST r x CDATA "d">]><r x="1" y="&amp;"><!--c--><?pi data?>text<a/>more</r>', True))
for e in ev: print(e)
print(p.CurrentLineNumber, p.CurrentColumnNumber, p.ErrorCode, p.GetBase())
p = expat.ParserCreate(namespace_separator=' ')
p.ordered_attributes = 1; p.buffer_text = True
ev = []
p.StartElementHandler = lambda name, attrs: ev.append((name, attrs))
p.StartNamespaceDeclHandler = lambda *a: ev.append(a)
p.CharacterDataHandler = ev.append
p.Parse('<a xmlns="urn:x" xmlns:q="urn:q" q:z="2">x', False); p.Parse('y&lt;z</a>', True)
print(ev, p.ordered_attributes, p.buffer_text, p.buffer_size, p.buffer_used)
p = expat.ParserCreate()
t(p.Parse, b'<a><b></a>', True)
p = expat.ParserCreate()
def boom(*a): raise ValueError('boom')
p.StartElementHandler = boom
t(p.Parse, b'<a/>', True); print(p.StartElementHandler)
p = expat.ParserCreate(); p.SetBase('http://x/'); print(p.GetBase())
t(p.ParseFile, io.BytesIO(b'<a>' + b'x' * 5000 + b'</a>'))
t(p.ParseFile, 5)
t(expat.ParserCreate, namespace_separator='ab'); t(expat.ParserCreate, intern=5)
t(setattr, p, 'ErrorCode', 3); t(setattr, p, 'buffer_size', 'x')

print(expat.XMLParserType, type(p).__name__, expat.ParserCreate.__doc__, expat.ParserCreate.__text_signature__)
for n in ('Parse', 'ParseFile', 'SetBase', 'GetBase', 'GetInputContext', 'ExternalEntityParserCreate', 'SetParamEntityParsing', 'UseForeignDTD'):
    print(n, getattr(p, n).__text_signature__)
print(sorted(pyexpat.errors.messages.items())[:5], pyexpat.errors.__doc__, pyexpat.model.__doc__)
p = expat.ParserCreate(); p.ExternalEntityRefHandler = lambda *a: (print('ext', a), 1)[1]
p.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_ALWAYS)
print(p.Parse(b'<!DOCTYPE a SYSTEM "a.dtd"><a/>', True))
p = expat.ParserCreate(); p.DefaultHandler = lambda d: print('default', repr(d)); p.Parse('<a>&#65;<!--x--></a>', True)
p = expat.ParserCreate(intern=None); print(p.intern); t(p.Parse, 'x', 1); t(p.Parse, 5)
p = expat.ParserCreate(); t(p.Parse, b'<?xml version="1.0" encoding="xxx"?><a/>', True)
""")


def test_stdlib_users():
    same_as_host(r"""
import pyexpat, io, sys
from xml.parsers import expat
def t(f,*a,**k):
    try: print('ok', f(*a,**k))
    except Exception as e: print(type(e).__name__, e, getattr(e, 'code', None), getattr(e, 'lineno', None), getattr(e, 'offset', None))
import xml.etree.ElementTree as ET
root = ET.fromstring('<root a="1"><child>text</child><child b="2"/>tail<!-- c --></root>')
print(root.tag, root.attrib, [c.tag for c in root], root[0].text, ET.tostring(root))
t(ET.fromstring, '<a><b></a>')
for ev, el in ET.iterparse(io.BytesIO(b'<x xmlns:n="urn:n"><n:y/></x>'), events=('start', 'end', 'start-ns')): print(ev, getattr(el, 'tag', el))
from xml.dom import minidom
d = minidom.parseString('<?xml version="1.0"?><!DOCTYPE doc><doc x="1"><e>hi &amp; bye</e><!--k--><![CDATA[raw<>]]></doc>')
print(d.documentElement.tagName, d.toxml(), d.documentElement.getAttribute('x'))
print(minidom.parseString('<a><b/></a>').toprettyxml())
import plistlib
data = plistlib.dumps({'a': [1, 2.5, True, 'x'], 'b': b'bytes', 'c': {'d': None or 0}})
print(data.decode()[:80], plistlib.loads(data))
import xml.sax
class H(xml.sax.ContentHandler):
    def startElement(self, name, attrs): print('sax start', name, dict(attrs))
    def characters(self, c): print('sax chars', repr(c))
xml.sax.parseString(b'<a x="1">hi<b/></a>', H())
""")
