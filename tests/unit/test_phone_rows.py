"""kb.phone_rows: each phone-directory row gets an anchor."""

from kb.phone_rows import with_phone_row_ids

TABLE = """<table>
<thead><tr><th>Service</th><th>Phone</th></tr></thead>
<tbody>
<tr>
<td>Post</td>
<td><a href="tel:+78002005888">8 800 200 58 88</a></td>
</tr>
<tr id="kept"><td>Kept</td><td><a href="tel:+74956603529">8 495</a></td></tr>
<tr class="x"><td>Again</td><td><a href="tel:+78002005888">8 800</a></td></tr>
<tr><td>No phone</td><td>—</td></tr>
</tbody>
</table>"""


def test_rows_with_a_tel_link_get_an_id_from_the_number() -> None:
    html = with_phone_row_ids(TABLE)
    assert '<tr id="phone-78002005888">' in html
    assert '<tr class="x" id="phone-78002005888-2">' in html  # unique within the page
    assert '<tr id="kept">' in html and "phone-74956603529" not in html  # an own id is kept
    assert "<tr><td>No phone</td>" in html
    assert html.replace(' id="phone-78002005888"', "").replace(' id="phone-78002005888-2"', "") == TABLE  # nothing else changes


def test_pages_without_phone_rows_are_unchanged() -> None:
    assert with_phone_row_ids("<p>Call <a href='tel:1'>1</a></p>") == "<p>Call <a href='tel:1'>1</a></p>"
