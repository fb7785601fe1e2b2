"""Writes flat OpenDocument spreadsheets (.fods) from rows written as Python lists, so fixtures with
several sheets, merged cells and hidden columns have a readable source. Used by *.fods.py beside it.

A cell is a number (float cell), a string (text cell; a leading '=' is NOT a formula), None (empty),
or a dict {"v": value, "span": columns} for a cell merged across columns."""
from xml.sax.saxutils import escape

HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
        'office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">\n'
        '<office:body><office:spreadsheet>\n')
TAIL = '</office:spreadsheet></office:body></office:document>\n'


def cell(c):
    span = 1
    if isinstance(c, dict):
        span, c = c.get("span", 1), c["v"]
    attrs = ' table:number-columns-spanned="%d"' % span if span > 1 else ''
    if c is None:
        out = '<table:table-cell%s/>' % attrs
    elif isinstance(c, (int, float)):
        out = '<table:table-cell%s office:value-type="float" office:value="%r"><text:p>%r</text:p></table:table-cell>' % (
            attrs, c, c)
    else:
        out = '<table:table-cell%s office:value-type="string"><text:p>%s</text:p></table:table-cell>' % (
            attrs, escape(str(c)))
    return out + '<table:covered-table-cell/>' * (span - 1)


def sheet(name, rows, hidden_columns=(), columns=6):
    cols = ''.join('<table:table-column%s/>' % (' table:visibility="collapse"' if i in hidden_columns else '')
                   for i in range(columns))
    body = ''.join('<table:table-row>%s</table:table-row>\n' % ''.join(cell(c) for c in row) for row in rows)
    return '<table:table table:name="%s">%s\n%s</table:table>\n' % (escape(name), cols, body)


def write(path, sheets):
    with open(path, 'w', encoding='utf-8') as f:
        f.write(HEAD + ''.join(sheets) + TAIL)
