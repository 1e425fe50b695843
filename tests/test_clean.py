from __future__ import annotations

from diffsrc.clean import clean_text, parse_date, split_paragraphs

# Chrome written for outlets other than the seeds' Mid-day page.
GUARDIAN_LIKE = """\
Skip to main content
World > Europe > France
Share on Facebook
Share on Twitter
Paris strikes: unions call fresh walkout over pension reform

Unions in France called a new nationwide strike on Thursday, the eighth since January.

The interior ministry said 1.3 million people marched in Paris and other cities.
Sign up to our Morning Briefing newsletter
Topics: France, Europe, Strikes
Advertisement
© 2023 Guardian News & Media Limited or its affiliated companies. All rights reserved.
"""

AGGREGATOR_LIKE = """\
Home / Business / Markets
Listen to this story
03:12
Oil prices rose on Monday after the producer group agreed to cut output by a further 500,000 barrels a day.
Brent crude gained 1.2% to $84.10 a barrel by 0900 GMT.
Read more: How the oil cartel sets its targets
This article is auto-generated from a syndicated feed and has not been edited by our staff.
oil prices opec brent crude markets energy business news
"""


def test_chrome_from_other_outlets_is_set_aside_but_kept():
    cleaned = clean_text(GUARDIAN_LIKE)
    body = [p.text for p in cleaned.paragraphs]
    assert body == [
        "Paris strikes: unions call fresh walkout over pension reform",
        "Unions in France called a new nationwide strike on Thursday, the eighth since January.",
        "The interior ministry said 1.3 million people marched in Paris and other cities.",
    ]
    for chrome in ("Skip to main content", "World > Europe > France", "Share on Facebook", "Advertisement",
                   "Topics: France, Europe, Strikes", "Sign up to our Morning Briefing newsletter"):
        assert chrome in cleaned.boilerplate
    assert cleaned.title == "Paris strikes: unions call fresh walkout over pension reform"
    assert cleaned.outlet == "Guardian News & Media Limited"


def test_aggregator_player_residue_tag_lists_and_disclaimers():
    cleaned = clean_text(AGGREGATOR_LIKE)
    assert [p.text[:9] for p in cleaned.paragraphs] == ["Oil price", "Brent cru"]
    assert "03:12" in cleaned.boilerplate
    assert "oil prices opec brent crude markets energy business news" in cleaned.boilerplate
    assert any("syndicated feed" in line for line in cleaned.boilerplate)


def test_every_line_is_either_body_or_boilerplate():
    for text in (GUARDIAN_LIKE, AGGREGATOR_LIKE):
        cleaned = clean_text(text)
        kept = " ".join([p.text for p in cleaned.paragraphs] + cleaned.boilerplate)
        for line in text.splitlines():
            assert line.strip() in kept


WIRE = """\
By Sam Jones, PA News<
   LONDON (PA) -- The Chancellor will announce a #5 billion package for
 northern rail links on Wednesday, Treasury sources said.<
   The money, spread over ten years, is less than the #7 billion that
 council leaders had asked for.<
"""


def test_hard_wrapped_wire_copy_is_joined_into_paragraphs():
    cleaned = clean_text(WIRE)
    assert [p.text for p in cleaned.paragraphs] == [
        "The Chancellor will announce a #5 billion package for northern rail links on Wednesday, "
        "Treasury sources said.",
        "The money, spread over ten years, is less than the #7 billion that council leaders had asked for.",
    ]
    assert cleaned.credit == "PA"
    assert cleaned.dateline == "LONDON"


def test_wrapped_copy_without_marks_breaks_at_blank_lines_and_short_final_lines():
    text = (
        "The storm brought down power lines across the county overnight and left\n"
        "thousands of homes without electricity, the utility company said.\n"
        "\n"
        "Engineers were working to restore supplies, but some areas could be\n"
        "without power until the weekend.\n"
    )
    assert len(split_paragraphs(text)) == 2


def test_credit_line_dateline_and_date_are_kept_as_origin():
    cleaned = clean_text("AP |\nUpdated on: 22 October,2025 04:27 PM IST | Tokyo\nTOKYO (AP) \u2014 Japan's new "
                         "foreign minister said Wednesday the country would build up its defence.\n")
    assert cleaned.credit == "AP"
    assert cleaned.dateline == "TOKYO"
    assert cleaned.date == "2025-10-22"
    assert cleaned.paragraphs[0].text.startswith("Japan's new foreign minister")
    assert "TOKYO (AP) \u2014" in cleaned.boilerplate


def test_reuters_dateline_with_date():
    cleaned = clean_text("LONDON, Oct 5 (Reuters) - British house prices rose for a third month in September.\n")
    assert cleaned.credit == "Reuters"
    assert cleaned.dateline == "LONDON"


def test_headings_are_their_own_units_and_the_first_is_the_title():
    cleaned = clean_text("Floods hit the north\n\nRivers burst their banks on Sunday.\n\nWhat happens next\n\n"
                         "Officials will meet on Monday.\n")
    assert [p.kind for p in cleaned.paragraphs] == ["heading", "body", "heading", "body"]
    assert cleaned.title == "Floods hit the north"


def test_repeated_headline_lines_are_boilerplate():
    cleaned = clean_text("Big story headline here\n\nBody sentence one is here.\n\nBig story headline here\n")
    assert [p.text for p in cleaned.paragraphs] == ["Big story headline here", "Body sentence one is here."]
    assert cleaned.boilerplate == ["Big story headline here"]


def test_reporting_that_mentions_subscriptions_is_not_chrome():
    text = "The newspaper said its subscribers had doubled since it launched a newsletter for farmers in 2019.\n"
    assert clean_text(text).boilerplate == []


def test_parse_date_forms():
    assert parse_date("Updated on: 22 October,2025 04:27 PM IST") == "2025-10-22"
    assert parse_date("Published Oct. 3, 2024") == "2024-10-03"
    assert parse_date("2023-01-31T10:00") == "2023-01-31"
    assert parse_date("no date here") is None


def test_seed_001_chrome(seed_docs):
    doc = seed_docs["001"]
    assert doc.credit == "AP"
    assert doc.display_title == (
        "Japan says it plans to tell Donald Trump it will build up military, upgrade security strategy")
    assert doc.display_date == "2025-10-22"
    assert doc.display_outlet == "Mid-day"
    body = doc.body_text
    for chrome in ("Listen to this article", "00:00", "Did you find this article helpful?", "cookie",
                   "WhatsApp", "Home > News", "syndicated feed", "Pic/AFP", "Web Stories"):
        assert chrome not in body
        assert any(chrome in line for line in doc.boilerplate)


def test_byline_with_a_role_is_a_credit():
    cleaned = clean_text("By Mark Ellis, PA Transport Correspondent\n\nRail fares will rise by 4.6% in March.\n")
    assert cleaned.credit == "PA"
    assert [p.text for p in cleaned.paragraphs] == ["Rail fares will rise by 4.6% in March."]


def test_dateline_without_an_agency_is_stripped_from_the_first_sentence():
    cleaned = clean_text("HALIFAX - A ferry ran aground off the coast on Sunday, the operator said.\n\n"
                         "No one was hurt - NEW YORK - said the coastguard.\n")
    assert cleaned.dateline == "HALIFAX"
    assert cleaned.paragraphs[0].text == "A ferry ran aground off the coast on Sunday, the operator said."
    assert cleaned.paragraphs[1].text.startswith("No one was hurt")


def test_a_sentence_starting_with_a_capitalised_word_is_not_a_dateline():
    cleaned = clean_text("A - the first letter - is where the alphabet starts.\n")
    assert cleaned.dateline is None


def test_bylines_without_an_agency_are_set_aside():
    for byline in ("By Tom Whitaker", "By Press Association Sport", "BY JANE SMITH"):
        cleaned = clean_text(f"Navy orders frigates\n\n{byline}\n\nThe Royal Navy will buy six frigates.\n")
        assert byline in cleaned.boilerplate, byline
        assert cleaned.title == "Navy orders frigates"
