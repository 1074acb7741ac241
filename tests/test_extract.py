"""Extraction: people, roles, quotes, organizations and topics, by general rules."""
from __future__ import annotations

import dataclasses
from collections import Counter
from pathlib import Path

import pytest
import yaml

from generator.extract import extract
from generator.model import Seed
from generator.parse import parse
from generator.pipeline import analyse

from .conftest import FIXTURES, ROOT
from .helpers import REGISTRY
from .helpers import extract_text as run

GOLD = yaml.safe_load((FIXTURES / "gold.yml").read_text(encoding="utf-8"))


def seed_path(name: str) -> Path:
    real = ROOT / "seeds" / name
    return real if real.exists() else FIXTURES / "seeds" / name


def people(extraction) -> dict[str, str]:
    return {e.name: e.role for e in extraction.entities if e.kind == "person"}


def speakers(extraction) -> Counter:
    names = {e.key: e.name for e in extraction.entities}
    return Counter(names.get(q.speaker, q.speaker) for q in extraction.quotes)


# The real seed: the acceptance bar of the issue


class TestRealSeed:
    @pytest.fixture(scope="class")
    @classmethod
    def result(cls):
        return analyse(ROOT / "seeds" / "000_4c66626bd7c7efee.txt", REGISTRY)

    def test_people_are_exactly_the_ten_named(self, result):
        assert set(people(result[1])) == set(GOLD["000_4c66626bd7c7efee.txt"]["people"])

    def test_each_person_has_the_role_the_article_gives(self, result):
        found = people(result[1])
        for name, role in GOLD["000_4c66626bd7c7efee.txt"]["roles"].items():
            assert found[name] == role

    def test_the_four_analysts_quotes_are_attributed_to_them(self, result):
        assert speakers(result[1]) == Counter(GOLD["000_4c66626bd7c7efee.txt"]["quotes"])

    def test_no_outlet_title_credit_or_author_is_a_person(self, result):
        names = set(people(result[1]))
        for not_person in ("Observer News", "Bloomberg", "Visual China", "Liu Bai", "Consul General",
                           "Political Bureau", "Secretary of State", "Managing Partner", "Deputy Director"):
            assert not_person not in names

    def test_the_author_is_only_the_author(self, result):
        article, extraction = result
        assert article.author == "Liu Bai"
        assert all(e.name != "Liu Bai" for e in extraction.entities)

    def test_scare_quotes_are_phrases_not_quotes(self, result):
        phrases = result[1].phrases
        assert "decoupling" in phrases and "small yard, high wall" in phrases
        assert all("decoupling" != q.text for q in result[1].quotes)


# Precision and recall over every annotated fixture


def _canonical(name: str) -> str:
    key = REGISTRY.names().get(name)
    return REGISTRY.entities[key].name if key else name


def _score(kind_key: str, kind: str, gold_set: dict = GOLD, folder=None):
    true_positive = false_positive = false_negative = 0
    for name, gold in gold_set.items():
        _, extraction = analyse(folder / name if folder else seed_path(name), REGISTRY)
        found = {e.name for e in extraction.entities if e.kind == kind}
        found -= {_canonical(n) for n in gold.get("outlets") or ()}
        expected = {_canonical(n) for n in gold.get(kind_key) or ()}
        true_positive += len(found & expected)
        false_positive += len(found - expected)
        false_negative += len(expected - found)
    return true_positive / (true_positive + false_positive), true_positive / (true_positive + false_negative)


def test_people_precision_and_recall_over_fixtures():
    precision, recall = _score("people", "person")
    assert precision >= 0.95 and recall >= 0.95, (precision, recall)


def test_organization_precision_and_recall_over_fixtures():
    precision, recall = _score("organizations", "organization")
    assert precision >= 0.9 and recall >= 0.9, (precision, recall)


HELDOUT_SETS = ["heldout", "heldout2"]


def _heldout(folder: str):
    return FIXTURES / folder, yaml.safe_load((FIXTURES / folder / "gold.yml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("folder", HELDOUT_SETS)
def test_heldout_people_and_organizations(folder):
    """Seeds written and annotated by someone who never saw the extractor (see each folder's README).
    Blind first runs: heldout people P 1.00 R 1.00, quotes P 0.97 R 0.61, organizations P 0.51 R 0.46
    (names as written); heldout2 people P 0.87 R 0.82, quotes P 0.92 R 0.70, organizations P 0.92 R 0.73,
    roles 43/58. The general rules were then improved; these bars keep them there."""
    path, gold = _heldout(folder)
    precision, recall = _score("people", "person", gold, path)
    assert precision >= 0.9 and recall >= 0.9, (precision, recall)
    precision, recall = _score("organizations", "organization", gold, path)
    assert precision >= 0.9 and recall >= 0.85, (precision, recall)


@pytest.mark.parametrize("folder", HELDOUT_SETS)
def test_heldout_quotes_and_roles(folder):
    path, gold_set = _heldout(folder)
    found_quotes = expected_quotes = right_quotes = roles_right = roles_total = 0
    for name, gold in gold_set.items():
        _, extraction = analyse(path / name, REGISTRY)
        said, expected = speakers(extraction), Counter(gold.get("quotes") or {})
        found_quotes += sum(said.values())
        expected_quotes += sum(expected.values())
        right_quotes += sum((said & expected).values())
        roles = people(extraction)
        for person, role in (gold.get("roles") or {}).items():
            roles_total += 1
            roles_right += roles.get(person) == role
    assert right_quotes / found_quotes >= 0.9 and right_quotes / expected_quotes >= 0.85
    assert roles_right / roles_total >= 0.9


@pytest.mark.parametrize("name", sorted(GOLD))
def test_roles_and_quote_speakers_match_the_annotations(name):
    _, extraction = analyse(seed_path(name), REGISTRY)
    found = people(extraction)
    for person, role in GOLD[name]["roles"].items():
        assert found.get(person) == role, person
    assert speakers(extraction) == Counter(GOLD[name]["quotes"])


# The rules, one by one


def test_said_before_and_after_a_name_is_attribution():
    _, x = run("\"We will not back down on this,\" said Priya Raman. Later Tomas Ekberg said it was over.")
    assert {"Priya Raman", "Tomas Ekberg"} <= set(people(x))
    assert speakers(x) == Counter({"Priya Raman": 1})


def test_according_to_a_name_is_attribution():
    _, x = run("According to Odile Marchetti, the deal is dead. Nobody else agreed.")
    assert "Odile Marchetti" in people(x)


def test_appositive_gives_the_role():
    _, x = run("Kevin Xu, a tech investor and founder of Interconnected Capital, said the rules were loose.")
    assert people(x)["Kevin Xu"] == "tech investor and founder of Interconnected Capital"
    assert "Interconnected Capital" in {e.name for e in x.entities if e.kind == "organization"}


def test_title_before_a_name_gives_the_role_and_is_not_the_name():
    _, x = run("NVIDIA CEO Huang Renxun spoke. Foreign Minister Wang Yi met U.S. Secretary of State Rubio.")
    found = people(x)
    assert found["Jensen Huang"] == "NVIDIA CEO"
    assert found["Wang Yi"] == "Foreign Minister"
    assert found["Marco Rubio"] == "U.S. Secretary of State"
    assert not {"Foreign Minister Wang Yi", "Secretary of State", "Foreign Minister"} & set(found)


def test_chinese_characters_and_other_transliterations_are_aliases():
    _, x = run("黄仁勋 visited Beijing on Tuesday, where Huang Renxun met suppliers.")
    assert set(people(x)) == {"Jensen Huang"}


def test_possessive_and_administration_are_mentions():
    _, x = run("Trump's tariffs replaced policies of the Biden administration.")
    assert {"Donald Trump", "Joe Biden"} <= set(people(x))


def test_a_later_surname_resolves_to_the_full_name():
    _, x = run("Kurt Tong, a managing partner at The Asia Group, spoke.\n\n\"It is working,\" said Tong.")
    assert speakers(x) == Counter({"Kurt Tong": 1})


def test_a_surname_of_two_words_is_the_person_named_in_full_but_a_title_before_a_name_is_not_a_given_name():
    _, x = run("In Cuiabá, grower Şeyma Yıldırım Barbosa said she had sold forward.\n\n"
               "\"We sell early and pray,\" Yıldırım Barbosa said.\n\n"
               "Researcher Zhou Lihua of the institute agreed. \"It is restrained,\" Zhou Lihua said.")
    assert speakers(x) == Counter({"Şeyma Yıldırım Barbosa": 1, "Zhou Lihua": 1})


def test_a_shared_surname_resolves_to_the_most_recent_full_name():
    text = ("Kurt Tong, a managing partner at The Asia Group, spoke first. \"Yes, it works,\" Tong said.\n\n"
            "Anson Tong, a consultant at Meridian Reef Advisory, disagreed. \"No, it fails,\" said Tong.")
    _, x = run(text)
    assert speakers(x) == Counter({"Kurt Tong": 1, "Anson Tong": 1})


def test_a_quote_continues_after_the_attribution():
    _, x = run("\"The first part is here,\" said Marta Quell, an economist at Lodestar Bank. \"The second part follows.\"")
    assert speakers(x) == Counter({"Marta Quell": 2})


def test_a_paragraph_of_quote_belongs_to_the_speaker_introduced_before():
    _, x = run("Wendy Cutler, vice-president at the Asia Society Policy Institute, said the truce was fragile.\n\n"
               "\"It buys time, but none of the structural issues have been resolved.\"")
    assert speakers(x) == Counter({"Wendy Cutler": 1})


@pytest.mark.parametrize("text", [
    "Observer News reported the story. Visual China took the photo.",
    "The Political Bureau met. The Consul General left. The Secretary of State spoke.",
    "In July Beijing and Kuala Lumpur hosted talks. However Monday came.",
    "Another Tong stood up. Meanwhile Washington waited.",
])
def test_never_a_person(text):
    _, x = run(text)
    assert people(x) == {}


def test_a_capitalised_name_needs_evidence_to_become_a_person():
    _, x = run("The Winding Machine Exhibition opened. Visitors came from Magnetic Materials Park.")
    assert people(x) == {}
    _, x = run("Odile Marchetti arrived early. Later, Marchetti left the room.")
    assert set(people(x)) == {"Odile Marchetti"}


def test_name_inside_a_longer_word_is_not_a_mention():
    _, x = run("Kurt Tong, a managing partner at The Asia Group, spoke. Tonga signed the deal.")
    tong = [m for m in x.mentions if m.key == "person/kurt-tong"]
    assert len(tong) == 1


def test_topics_need_two_keyword_hits_or_one_in_the_headline():
    _, x = run("Tariffs rose. Then tariffs fell. A smartphone was mentioned once.")
    topics = {e.name for e in x.entities if e.kind == "topic"}
    assert "Tariffs" in topics
    assert "Smartphones and consumer electronics" not in topics


def test_front_matter_lists_replace_what_the_rules_found():
    article, x = run("Trump met Xi Jinping about tariffs.", people=["Wang Yi"], topics=["Fentanyl"])
    assert set(people(x)) == {"Wang Yi"}
    assert {e.name for e in x.entities if e.kind == "topic"} == {"Fentanyl"}


def test_registry_merge_and_exclusions_are_obeyed():
    registry = dataclasses.replace(REGISTRY, not_people=REGISTRY.not_people | {"Odile Marchetti"})
    _, x = run("Odile Marchetti said the deal was done.", registry=registry)
    assert "Odile Marchetti" not in people(x)
    _, x = run("Huang Jen-hsun said the market was large.")
    assert "Jensen Huang" in people(x)


def test_events_resolve_the_year_from_the_briefing_date():
    _, x = run("On July 11, Wang Yi met Rubio in Kuala Lumpur.", date="2025-07-18")
    assert [(e.date.isoformat(), e.text[:10]) for e in x.events] == [("2025-07-11", "On July 11")]


def test_transcript_turns_are_one_quote_each_and_questions_are_nobodys():
    from generator.extract import extract
    from generator.model import Seed
    from generator.parse import parse
    seed = ("Ministry Briefing on Fisheries\n\nDeputy Spokesperson Karl Brandt held the briefing.\n\n"
            "QUESTION: Will the ministry extend the quota talks?\n\n"
            "MR BRANDT: We will keep talking to our partners, and we expect progress soon.\n\n"
            "QUESTION: What about the fleets that are already at sea?\n\n"
            "MR BRANDT: Those fleets will be treated under the current rules until the season ends.")
    article = parse(Seed(name="t.txt", text=seed), REGISTRY)
    quotes = extract(article, REGISTRY).quotes
    assert len(quotes) == 2 and {q.speaker for q in quotes} == {"person/karl-brandt"}


def test_answer_turns_are_quotes_of_the_answerer_named_before_them():
    seed = ("Ministry answers questions on fishing quotas\n\n"
            "The ministry on Tuesday issued new quota rules. Spokesperson Karl Brandt answered reporters' questions.\n\n"
            "Q: What do the new rules say?\n\nA: The rules cap the catch of three species and protect spawning grounds.\n\n"
            "Q: Why now?\n\nA: Stocks have fallen for five years, and the fleets asked for clear rules.\n\n"
            "Q: Will foreign fleets be covered?\n\nA: Every fleet in our waters follows the same rules.")
    _, x = run(seed)
    assert speakers(x) == Counter({"Karl Brandt": 3})
    unnamed = seed.replace("Spokesperson Karl Brandt answered", "A ministry spokesperson answered")
    _, x = run(unnamed)
    assert not x.quotes


def test_a_newsletter_label_is_not_a_speaker():
    seed = ("Harbour Notes\n\n1. Ports raise fees\n\nThe port authority raised fees by a tenth on Monday.\n\n"
            "Our take: the fee rise is as much a message to carriers as to the city council.\n\n"
            "2. Fleets return\n\nFishing fleets returned early after a storm warning on Tuesday.\n\n"
            "Our take: the storm season is getting longer, and insurers have noticed it.\n\n"
            "3. Quotas\n\nQuota talks resume next week in Oslo with six delegations.\n\n"
            "Our take: nobody expects a deal before the spring, whatever the ministers say.")
    _, x = run(seed)
    assert "Our take" not in people(x) and not x.quotes


# Quotes and people of the fourth to seventh rounds (blind4–blind7)


def _said(body: str) -> Counter:
    seed = Seed(name="q.txt", text="Chip talks go on in Washington this week\n\nWASHINGTON, March 3 (Wire) -- Talks "
                                   "went on.\n\n" + body + "\n")
    return speakers(extract(parse(seed, REGISTRY), REGISTRY))


@pytest.mark.parametrize("body, speaker, count", [
    ('"Agents follow the chips, not the paperwork," said Assistant Secretary for Export Enforcement Marcus Ellery. '
     '"Companies must know their customers."', "Marcus Ellery", 2),
    ('"We share the objective," Dutch foreign trade minister Marieke de Vries told parliament.', "Marieke de Vries", 1),
    ('"Every control is a bet on time," Lars Brenneman, chief executive of Nordic Germanium AB, told us.',
     "Lars Brenneman", 1),
    ("Speaking on Friday with the Spanish prime minister, Pedro Sanchez, China's president, Xi Jinping, said "
     '"there are no winners in a tariff war".', "Xi Jinping", 1),
    ('The press secretary, Karoline Leavitt, said Trump remained open to talks. "The president has been clear about '
     'a deal," she said.', "Karoline Leavitt", 1),
    ('A TikTok spokesperson, Michael Ortega, said the company "continues to work with the U.S. government" on it.',
     "Michael Ortega", 1),
    ('Spokesperson Lin Jian said China "firmly opposes the overstretching of security". Such moves "seriously '
     'violate market rules and trade norms", he added.', "Lin Jian", 2),
    ('Trade Representative Jamieson Greer has framed the measure as a defence against goods being "washed through '
     'third countries".', "Jamieson Greer", 1),
    ('Trade Commissioner Maroš Šefčovič told the European Parliament in January that the Union must "stop being the '
     'chessboard and start being a player" in economic security.', "Maroš Šefčovič", 1),
    ('The caucus criticised the administration. Legislator Lai Shyh-bao said the result was a "diplomatic failure".',
     "Lai Shyh-bao", 1),
    ('"Export controls only work if they are enforced," said Under Secretary of Commerce for Industry and Security '
     'Leonard Okafor. "Today\'s action puts every intermediary on notice."', "Leonard Okafor", 2),
    ('Vice Premier Han Tao, who led the delegation, described the outcome as a "basic framework consensus" that '
     'leaves room for more talks.', "Han Tao", 1),
    ('Nadia Forsberg, a partner at the consultancy Keel Strategies, put it more bluntly: "This is the first rule of '
     'its kind."', "Nadia Forsberg", 1),
    ('As Senator Ada Whitlow put it to me before the vote, "We can trade without arming anyone."', "Ada Whitlow", 1),
    ('"HBM is essential to AI training," said Assistant Secretary for Export Administration Thea D. Rozman Kendler. '
     '"By controlling it, we act."', "Thea D. Rozman Kendler", 2),
    ('Vice Premier Han Tao, who led the team, said the two sides had reached a "basic consensus" on a series of '
     'issues.', "Han Tao", 1),
    ("Secretary of State Marco Rubio's pledge to \"aggressively revoke\" visas made headlines.", "Marco Rubio", 1),
    ('As my first boss, Tom Ferris, used to say: "The supply chain you have is the one you tested."', "Tom Ferris", 1),
    ('Chairman Tim Scott opened by calling the bureau "the tip of the spear in our competition".', "Tim Scott", 1),
    ('"Every month a tool stays running is a month we subsidize," Rep. Jordan Ames of Ohio, who sits on the House '
     'Foreign Affairs Committee, said in a statement.', "Jordan Ames", 1),
    ('"What we are seeing in our district is the opposite," said Fremont City Council member Teresa Huang.',
     "Teresa Huang", 1),
    ('Commerce Secretary Howard Lutnick on TV this morning: "We don\'t sell them our best stuff."', "Howard Lutnick", 1),
    ('Trump on AF1 said he and Xi Jinping discussed chips but "not the Blackwell."', "Donald Trump", 1),
    ('"We cannot build our industrial base on a suspension," Economy, Trade and Industry Minister Ryosei Akazawa '
     'told reporters.', "Ryosei Akazawa", 1),
    ('Xi opened the talks. "The two countries should be partners, not rivals." Trump, seated across the table, said '
     'he expected "big deals" to be signed.', "Donald Trump", 1),
    ('Opposition spokesperson Susan McDonald welcomed the contract but said the government had been "slow off the '
     'mark" in getting money out.', "Susan McDonald", 1),
    ("Indonesia's mineral resources minister, Bahlil Lahadalia, confirmed quota cuts for 2026. \"This is about value, "
     'not volume," Bahlil said.', "Bahlil Lahadalia", 1),
    ('Japanese carmakers are scrambling. Junko Sasaki of Kanto Mobility Research says stocks cover "well under three '
     'months".', "Junko Sasaki", 1),
])
def test_who_speaks_a_quote(body, speaker, count):
    assert _said(body)[speaker] == count


def test_a_quotation_over_several_paragraphs_is_one_quote():
    said = _said('Under Secretary Jeffrey Kessler said: "Today\'s action builds on the work our agents have done.\n\n'
                 '"We are not going to let that strategy succeed, and we will keep every tool in use."')
    assert said["Jeffrey Kessler"] == 1


def test_a_hearing_record_gives_each_witness_answer_as_a_quote_and_questions_to_nobody():
    said = _said("Chairman John Moolenaar (R-MI) presiding. Witness: Dr. Ellen Marsh.\n\n"
                 "Chairman MOOLENAAR. Dr. Marsh, how many students are working in labs?\n\n"
                 "Dr. MARSH. Thank you. About 140 were appointed as research assistants last year.\n\n"
                 "Chairman MOOLENAAR. Is that review sufficient, in your view?\n\n"
                 "Dr. MARSH. It is better than what most institutions had five years ago.")
    assert said["Ellen Marsh"] == 2 and said["John Moolenaar"] == 0


def test_a_hearing_record_names_its_members_by_surname_or_by_their_line_in_the_list_of_members():
    listed = run("HEARING BEFORE THE SELECT COMMITTEE\n\nMEMBERS PRESENT\nJOHN MOOLENAAR, Michigan, Chairman\n\n"
                 "Chairman MOOLENAAR. The committee will come to order. Dr. Marsh, you have five minutes.\n\n"
                 "Dr. Ellen Marsh. Thank you. About 140 were appointed as research assistants last year.\n\n"
                 "Ms. STEVENS. Would the rule be defeated by simple spoofing?\n\n"
                 "Dr. MARSH. Some of it can be spoofed, Congresswoman, but the point is to raise the cost.")[1]
    assert {"John Moolenaar", "Stevens", "Ellen Marsh"} <= set(people(listed))


def test_an_interview_s_answers_are_quotes_of_the_person_its_introduction_is_about():
    said = _said("Begoña Larrañaga (Bilbao, 1979) has spent fifteen years tracking rare earths. She spoke to us in Madrid.\n\n"
                 "Question. Where are we now after the truce?\n\nAnswer. In a ceasefire. The licensing system is still there.\n\n"
                 "Q. Is the truce good news for Spain?\n\nA. Partly. Licences for European buyers move faster too.")
    assert said["Begoña Larrañaga"] == 2


@pytest.mark.parametrize("sentence, person", [
    ('The head of trade policy, Hélène Vasseur, argues that procedures take too long. "It is a post-mortem," she said.',
     "Hélène Vasseur"),  # a given name of the list without its accents ("Helene")
    ("Foreign Minister Oana Țoiu met US Deputy Secretary of State Christopher Landau on Monday.", "Oana Țoiu"),
    ('Lagos State Commissioner Ọlábọ̀dé Adéwùmí said the refinery would open in 2027. "We are ready," Adéwùmí said.',
     "Ọlábọ̀dé Adéwùmí"),  # Yoruba: combining accents inside the name
    ('Minister Leyla Əliyeva said the licence was "a test of trust" for both sides.', "Leyla Əliyeva"),
    ('Minister of Trade, Industry and Energy Kim Jung-kwan told reporters that Seoul had "conveyed clearly" its view.',
     "Kim Jung-kwan"),  # the name starts at the family name, not at the title's last word
    ("Deputy Public Prosecutor Charmaine Goh Li Ting had sought 22 to 26 months' jail.",
     "Charmaine Goh Li Ting"),  # a court officer's title before a Singapore name of four words
    ("Juan Pablo Xicoténcatl Méndez runs a second-tier auto parts supplier near Puebla.",
     "Juan Pablo Xicoténcatl Méndez"),  # named once, with no role: two given names say it is a person's
    ('Datuk Ahmad Faizal Mohd Rosli, president of the operators\' association, said: "We need dates."',
     "Ahmad Faizal Mohd Rosli"),  # a Malaysian honour before the name
])
def test_names_in_the_letters_and_orders_of_other_languages(sentence, person):
    assert person in people(run(sentence)[1])


@pytest.mark.parametrize("text, named, not_named", [
    ("Dr Lim Shu Fen, senior fellow at the Institute for Maritime and Strategic Affairs, said both leaders got what "
     "they needed.", "Lim Shu Fen", "Strategic Affairs"),
    ("The plant is being built by Hanjiang New Energy Morocco, a subsidiary of a Chinese group. Its general manager, "
     "Liang Zhiwei, said the company had its licences.", "Liang Zhiwei", "Hanjiang New Energy Morocco"),
    ('Secretary-General for Economic Security Thomas Berthier said that Europe could not rely on others. '
     '"A truce between others is not a strategy," he said.', "Thomas Berthier", "Economic Security Thomas Berthier"),
    ('Tamura Yoko, a senior researcher at the Tokyo-based Institute for Asian Industrial Strategy, said the rules '
     'mattered. "Losing access to engineers matters," she said.', "Tamura Yoko", "Industrial Strategy"),
    ("Dr. Saeed Al Marri, Minister of State for Artificial Intelligence and the Digital Economy, said the deal "
     "reflected trust. Al Marri said more would follow.", "Saeed Al Marri", "Digital Economy"),
    ('Union Minister for Electronics and Information Technology Shri Ashwini Vaishnaw said the scheme would help. '
     '"It is a big step," said Shri Vaishnaw.', "Ashwini Vaishnaw", "Shri Vaishnaw"),
])
def test_an_office_s_or_a_body_s_name_does_not_run_into_a_person_s(text, named, not_named):
    extraction = run(text)[1]
    found = people(extraction)
    assert named in found and not_named not in found
    assert set(speakers(extraction)) <= {named}


def test_the_outlet_that_holds_the_rights_is_no_person_and_a_brokerage_s_name_is_no_speaker():
    seed = Seed(name="t.txt", text=(
        "BYD's Manisa plant tests Turkey's local-content rules\n\nŞebnem Yıldırım, head of research at Istanbul "
        "brokerage Boğaziçi Yatırım, said suppliers stand to benefit. \"The question for investors is simple,\" she said.\n\n"
        "Wang Xiang told Gündem Ekonomi that the project \"shows that open cooperation is still possible.\"\n\n"
        "© 2026 Gündem Ekonomi. Tüm hakları saklıdır.\n"))
    extraction = extract(parse(seed, REGISTRY), REGISTRY)
    assert {"Gündem Ekonomi", "Boğaziçi Yatırım"}.isdisjoint(people(extraction))
    assert speakers(extraction)["Şebnem Yıldırım"] == 1


def test_a_parliament_s_verbatim_report_gives_each_answer_to_its_speaker():
    said = _said("European Parliament debates. Question Time with the Commission, rare earths.\n\n"
                 "Jūratė Kazlauskienė (PPE). – Commissioner, will the platform be open to Ukraine?\n\n"
                 "Maroš Šefčovič, Member of the Commission. – Yes, the platform is designed to be open to Ukraine.\n\n"
                 "Radosław Śmiałek (ECR). – Commissioner, what did the Nexperia affair teach us?\n\n"
                 "Maroš Šefčovič, Member of the Commission. – The Nexperia case was a lesson for all of us.")
    assert said["Maroš Šefčovič"] == 2 and said["Jūratė Kazlauskienė"] == 0


def test_a_speech_s_speaker_is_a_person_of_the_briefing():
    seed = Seed(name="s.txt", text="Remarks by Ambassador David Perdue at the AmCham Annual Dinner\n\nJanuary 15, 2026\n\n"
                                   "Thank you for having me tonight. A year ago, tariffs were climbing by the week.\n")
    assert "David Perdue" in people(extract(parse(seed, REGISTRY), REGISTRY))


@pytest.mark.parametrize("sentence, person", [
    ("Maria Cantwell controls the Commerce Committee calendar this month.", "Maria Cantwell"),
    ("The group led by Pan Jianwei unveiled a new processor in March.", "Pan Jianwei"),
    ("Her name is Zhao Xinyi, and she wants to build bridges.", "Zhao Xinyi"),
    ("The appeal was filed by Tse Ka-wing in Hong Kong.", "Tse Ka-wing"),
])
def test_a_name_that_can_only_be_a_person_s_is_a_person_when_named_once(sentence, person):
    assert person in people(run(sentence)[1])


@pytest.mark.parametrize("text, credited", [
    ("Tariffs rose again.\n\n(Reporting by Daniel Okafor in Washington and Mike Lerner in Beijing; "
     "Editing by Nora Quist)", ["Daniel Okafor", "Mike Lerner", "Nora Quist"]),
    ("Tariffs rose again.\n\nProduced by Sam Whitfield. Audio editing by Nora Quist.", ["Sam Whitfield", "Nora Quist"]),
    ("Tariffs rose again.\n\nAssociated Press writer Kelvin Osei in Beijing contributed to this report.",
     ["Kelvin Osei"]),
])
def test_people_named_once_in_a_credit_are_not_people_of_the_briefing(text, credited):
    assert not set(credited) & set(people(run(text)[1]))


def test_the_author_s_own_bio_does_not_make_the_author_a_person_of_the_briefing():
    text = ("Chip Rules Tighten Again\n\nBy Catherine Liao\n\nWashington tightened its rules on Monday.\n\n"
            "Catherine Liao is a nonresident fellow at the Asia Trade Policy Forum in Washington.")
    assert "Catherine Liao" not in people(run(text)[1])


def test_a_release_s_media_contact_is_a_person_of_the_briefing():
    text = ("U.S. DEPARTMENT OF COMMERCE\nFOR IMMEDIATE RELEASE\nTuesday, March 25, 2025\n"
            "Media Contact: Karen Whitfield, (202) 482-2721\n\nCommerce Adds 12 Entities to the Entity List\n\n"
            "WASHINGTON, D.C. - Today, the Bureau of Industry and Security added 12 entities to the Entity List.")
    assert "Karen Whitfield" in people(run(text)[1])


@pytest.mark.parametrize("body, speaker, count", [
    ('Treasury Secretary Scott Bessent, who met Vice Premier He Lifeng, was more measured. "We have a framework, '
     'not a finished house," he told reporters.', "Scott Bessent", 1),
    ('Professor Sun Yiming of the School of Integrated Circuits at Tsinghua University said that substitution '
     '"cannot be accomplished in one move" and that firms should "stay calm and work steadily."', "Sun Yiming", 2),
    ('Xinhua quoted Xi Jinping as saying the two economies "should be partners and friends."', "Xi Jinping", 1),
    ("Lin's adviser, Daniel Ferreira, has run his lab for 14 years.\n\n"
     '"People talk about these students as if they were a security problem," he said.', "Daniel Ferreira", 1),
])
def test_who_speaks_after_a_clause_an_affiliation_or_a_paragraph_break(body, speaker, count):
    assert _said(body)[speaker] == count


def test_a_hearing_record_in_its_own_case_gives_each_witness_answer_as_a_quote():
    said = _said("Chairman John Moolenaar presiding. Witness: Jeffrey Kessler, Under Secretary.\n\n"
                 "Chairman Moolenaar. How many agents does the bureau have today?\n\n"
                 "Mr. Kessler. Roughly 180 special agents, which is too small for the mission.\n\n"
                 "Chairman Moolenaar. Would location verification help?\n\n"
                 "Mr. Kessler. In principle, any technology that confirms where an item ends up would help.")
    assert said["Jeffrey Kessler"] == 2 and said["John Moolenaar"] == 0


@pytest.mark.parametrize("body, speaker, count", [
    # a speaker named by role: the last person before whom the text or the registry gives that role
    ('Donald Trump insists this is leverage. Announcing a pause, the president said Beijing "wants to make a deal, '
     'they just don\'t know how to go about it".', "Donald Trump", 1),
    # a sentence that opens with when, then the speaker in apposition
    ('At a regular briefing in Beijing on Monday, Lin Jian, a spokesman for China\'s Foreign Ministry, said the '
     'position was "consistent and clear" and accused Washington of "politicizing and weaponizing" technology.',
     "Lin Jian", 2),
    ('Trump and Xi have shaken hands. Trump, speaking to the pool: "We\'re going to have a very successful '
     'meeting, I have no doubt."', "Donald Trump", 1),
])
def test_speakers_named_by_role_after_a_time_phrase_or_before_a_colon(body, speaker, count):
    assert _said(body)[speaker] == count


def test_a_quoted_name_of_a_provision_is_not_the_last_speaker_s_words():
    said = _said('Gina Raimondo told a Senate panel that the United States "can\'t out-tariff a processing gap." '
                 'Treasury\'s guidance on "foreign entity of concern" provisions remains a moving target.')
    assert said["Gina Raimondo"] == 1


def test_the_president_is_not_someone_the_text_never_calls_one():
    said = _said('Analyst Mei Chen of Eurasia Group watched the talks. Announcing the pause, the president said '
                 'Beijing "wants to make a deal".')
    assert said["Mei Chen"] == 0


@pytest.mark.parametrize("body, speaker, count", [
    # a paragraph that opens with the pronoun goes on with the last speaker
    ('Researcher Zhou Lihua told this reporter the measures were normal. "China\'s measures are a small step," '
     'Zhou Lihua said.\n\nShe also said the chain runs from mining to magnets. "Perfecting the system is to '
     'safeguard peace," she added. "Enterprises need not worry."', "Zhou Lihua", 3),
    # a quotation owned by a possessive's speech noun
    ('Under Secretary Jeffrey Kessler\'s line that "diversion is not a gray area" is the tell.', "Jeffrey Kessler", 1),
    # "he" is the subject of the sentence before, after its opening clause, not the last person it named
    ('Speaking to reporters before boarding Air Force One, President Donald Trump called the visit '
     '"tremendous" and said he had "a very good relationship" with Xi Jinping. He declined to say more, saying only: "We talked about it. We\'ll see."',
     "Donald Trump", 2),
])
def test_quotes_after_a_pronoun_paragraph_or_a_possessive(body, speaker, count):
    assert _said(body)[speaker] == count


def test_a_capitalised_pair_always_after_the_is_no_person():
    text = ("Talks at the Great Hall\n\nXi greeted Trump on the steps of the Great Hall on Monday. The leaders "
            "then met inside the Great Hall for two hours.")
    assert "Great Hall" not in people(run(text)[1])


@pytest.mark.parametrize("body, speaker, count", [
    ('On Capitol Hill, Rep. John Moolenaar, the Michigan Republican who leads the committee, said export controls '
     'were "a frontline defense in protecting our national security" and more.', "John Moolenaar", 1),
    # a sentence-long quotation after a sentence that opens with its speaker and quotes no one
    ('Oren Feldstein spent four years at TikTok. Feldstein was blunter. "If the question was whether Beijing can '
     'influence what Americans see, this deal moves the question."', "Oren Feldstein", 1),
])
def test_a_speaker_after_a_title_or_opening_the_sentence_before(body, speaker, count):
    assert _said(body)[speaker] == count


def test_a_quotation_with_its_own_attribution_is_not_the_sentence_before_s_subject():
    said = _said('Donald Trump arrived in Busan on Monday. "We hope the talks will go well for everyone," an '
                 'unnamed supporter said.')
    assert said["Donald Trump"] == 0


@pytest.mark.parametrize("body, body_name", [
    ('Priya Raman, a trade analyst at the Washington consultancy Keel Strategies, said the makers "earn the most '
     'in China" this year.', "Keel Strategies"),
    ('Mindy Sorensen, who heads a grain cooperative in Butler County, said elevators "had already seen a pickup '
     'in bids" from Gulf exporters.', "Butler County"),
])
def test_a_name_after_in_or_a_body_s_noun_is_not_the_speaker(body, body_name):
    said = _said(body)
    assert said[body_name] == 0 and sum(said.values()) == 1


def test_a_hearing_s_chair_keeps_order_and_an_outlet_s_question_quotes_the_one_it_names():
    said = _said("PRESIDING: Chairman John Moolenaar\n\nWITNESS: Dr. Elaine Marsh, Midland University\n\n"
                 "CHAIRMAN MOOLENAAR: Thank you. Dr. Marsh, how many students work in those labs?\n\n"
                 "DR. MARSH: About 140 this semester, and we screen every visiting researcher.\n\n"
                 "CHAIRMAN MOOLENAAR: The gentleman from Illinois, Mr. Krishnamoorthi.\n\n"
                 "DR. MARSH: We cannot see what the State Department sees at the visa stage.\n\n"
                 "CHAIRMAN MOOLENAAR: The committee will stand in recess for five minutes.\n\n"
                 'Phoenix TV: Treasury Secretary Scott Bessent said the countermeasures were "a big mistake". '
                 "Do you have any comment?")
    assert said["Elaine Marsh"] == 2
    # (the reporter asks; the words it quotes are Bessent's, as the held-out sets and the later blind sets count them)
    assert said["John Moolenaar"] == 0 and said["Moolenaar"] == 0 and said["Scott Bessent"] == 1


def test_a_host_who_introduces_the_show_asks_and_a_question_s_quotations_are_the_named_speaker_s():
    said = _said("JONAH FERRIS: Welcome back to The Straits Desk. I'm Jonah Ferris. My guest today is Mei-ling Ho.\n\n"
                 "MEI-LING HO: Thank you, Jonah. It's good to be back.\n\n"
                 "JONAH FERRIS: And at the same time, Beijing is watching all of this.\n\n"
                 "MEI-LING HO: Exactly. There is a narrative in Beijing that Washington wants to hollow us out.\n\n"
                 'JONAH FERRIS: Donald Trump said chips "could face a tariff of around 100 percent". Will they?\n\n'
                 "MEI-LING HO: Nobody in Hsinchu knows, and that uncertainty is itself the cost.")
    assert said["Jonah Ferris"] == 0 and said["Donald Trump"] == 1 and said["Mei-ling Ho"] == 3



def test_a_media_contact_named_under_its_label_is_a_person():
    article, x = run("BUREAU OF INDUSTRY AND SECURITY\nFOR IMMEDIATE RELEASE\nSeptember 3, 2025\n\nMedia Contact:\n"
               "Rachel Dunmore, (202) 555-0143\n\nCommerce Adds 23 Entities to Entity List\n\n"
               "WASHINGTON, D.C. — The Commerce Department added 23 entities to the Entity List on Wednesday.\n")
    assert "Rachel Dunmore" in people(x) and article.title == "Commerce Adds 23 Entities to Entity List"


def test_names_inside_a_body_s_name_an_outline_s_letter_and_plural_titles_are_no_people():
    _, x = run("Working group on tariffs to meet\n\nZhang Ruoxi, a researcher at the Beijing Institute of "
               'International Commerce, said the extension would help. "Companies were holding back orders," she '
               "said.\n\nA. Proceedings in the Investigation\n\nPresent: Representatives Ashley Hinson and Ro Khanna."
               " Hinson asked about chips, and Khanna asked about visas.\n")
    assert "International Commerce" not in people(x) and "A. Proceedings" not in people(x)
    assert "Ashley Hinson" in people(x) and speakers(x)["Zhang Ruoxi"] == 1


def test_a_surname_the_registry_gives_to_someone_else_is_the_person_the_article_names():
    """The registry knows J.D. Vance as "Vance"; this article's Vance is a metals broker."""
    said = _said('"Every container now sits for weeks," said Harold Vance, a metals broker in Singapore.\n\n'
                 'Firms are drawing down stockpiles, Vance said. "The grey route is closing," he added.')
    assert said["Harold Vance"] == 2 and said["J.D. Vance"] == 0


def test_surnames_that_are_titles_honours_contacts_and_job_titles():
    _, x = run('Miner seals deal\n\nResources Minister Madeleine King said the framework "is delivering real projects".'
               "\n\nDr. Amy Chou, Executive Vice President and Chief Financial Officer, said the plan was funded. "
               "The Honourable Chrystia Freeland announced surtaxes, and Dame Harriett Baldwin asked about chips.\n\n"
               "Media Contacts:\nVivian Lo, Spokesperson\n+886-3-555-0199 | vivian.lo@example.com.tw\n")
    assert {"Madeleine King", "Amy Chou", "Chrystia Freeland", "Harriett Baldwin", "Vivian Lo"} <= set(people(x))
    assert "Financial Officer" not in people(x) and speakers(x)["Madeleine King"] == 1


def test_a_role_in_brackets_after_a_name_and_a_hearing_s_members_present():
    _, x = run("Oral evidence: chip supply after the Nexperia dispute\nWednesday 21 January 2026\n"
               "Members present: Liam Byrne (Chair); Antonia Bance; Charlie Maynard.\n\n"
               "Examination of witnesses began at ten, and the committee heard three witnesses on chips.\n")
    assert "Liam Byrne" in people(x)


def test_towns_and_military_ranks():
    _, x = run('Chip plant plans\n\nCarla Mendes, an analyst at Great Lakes Mobility Research in Ann Arbor, said the '
               'duties would bite. The firm is building a line at its Port Lavaca, Texas, campus. "This is the start," '
               'said Senior Colonel Dong Haoran, a spokesperson for the ministry.\n')
    assert set(people(x)) == {"Carla Mendes", "Dong Haoran"}


def test_the_speaker_a_speech_s_title_names_is_a_person_of_the_briefing():
    _, x = run("U.S. DEPARTMENT OF COMMERCE\nSecretary Gina Raimondo Delivers Remarks at the Workforce Summit in Phoenix"
               "\n\nThank you, and good morning. It's great to be back in Arizona with the apprentices here today.\n")
    assert "Gina Raimondo" in people(x)


def test_a_name_s_native_spelling_in_brackets_does_not_hide_its_quotes():
    _, extraction = run("Taiwan tightens chip rules\n\nMinister Kung Ming-hsin (龔明鑫) said the rules were needed. "
                        '"We must keep know-how here," Kung said.\n\nTSMC spokesperson Jeffrey Tseng (曾建宏) said the '
                        'company "complies with the laws of all jurisdictions".\n')
    assert speakers(extraction) == Counter({"Kung Ming-hsin": 1, "Jeffrey Tseng": 1})


def test_parties_campuses_and_adjectives_are_no_people_and_contacts_and_crew_are_read_right():
    _, extraction = run("Sahra AI starts its second phase\n\nSahra AI, the Abu Dhabi-based company, began Phase Two of "
                        "its Al Dhafra Compute Campus on Monday, where the ruling Democratic Progressive Party met.\n\n"
                        "Media Contact:\nLayla Haddad\nHead of Communications, Sahra AI\n+971 2 555 0147\n\n"
                        "Client services: Jonas Feldkamp | +852 3950 2200\n\n"
                        "Produced by Dev Ramaswamy. Audio engineering: Carla Brandt.\n")
    assert set(people(extraction)) == {"Layla Haddad", "Jonas Feldkamp"}


def test_a_caption_s_foto_credit_is_a_credit():
    article, extraction = run("Chip crunch returns\n\nSuppliers were left without chips within weeks, executives said.\n\n"
                              "Workers at an electronics plant near Regensburg. Foto: Michael Haas/RWZ\n\n"
                              "The association estimates that members spent 1.2 billion euros on redesign.\n")
    assert "Michael Haas" not in people(extraction)


def test_quotes_of_unnamed_speakers_are_nobody_s_and_a_press_contact_in_the_rights_block_is_a_person():
    _, extraction = run('Vance names a price\n\nVice President JD Vance told reporters the venture would be worth "about '
                        '$14 billion," a number bankers called low. "That is a friendly price for a business this size," '
                        'one adviser to a prospective investor told us.\n\n"We are happy, but also worried about the visa '
                        'stage," said a parent from Hefei.\n\nGovernor Pan Gongsheng said the yuan would stay "basically '
                        'stable at a reasonable level," a phrase analysts said gave room to move.\n\n'
                        "Related\nPress contact: Jeroen Vermaat, +31 20 524 0000\n© De Nederlandsche Bank 2026\n")
    assert speakers(extraction) == Counter({"J.D. Vance": 1, "Pan Gongsheng": 1})  # the registry's spelling
    assert "Jeroen Vermaat" in people(extraction)


def test_vietnamese_and_turkish_names_chief_officers_academicians_and_a_contact_after_its_office():
    _, extraction = run("Rare earth plans\n\nDeputy Minister of Natural Resources and Environment Trần Quý Kiên told a forum "
                        'that Vietnam wanted to move "from digging to refining" within five years.\n\n'
                        'Energy analyst Selin Arıkan of Bosphorus Analytics said it would be "a test of Ankara\'s balancing act".\n\n'
                        '"The refinery is the most important industrial project in our history," said Chief Operating Officer '
                        "María José Cárdenas.\n\nAcademician Wu Hanming (吴汉明) of the Chinese Academy of Engineering spoke. "
                        '"Blockade cannot stop innovation," Wu said.\n\n'
                        "Media Contact: Office of Public Affairs, Katherine Ellery, (202) 482-2721, press@bis.example.gov\n")
    assert speakers(extraction) == Counter({"Trần Quý Kiên": 1, "Selin Arıkan": 1, "María José Cárdenas": 1, "Wu Hanming": 1})
    assert set(people(extraction)) == {"Trần Quý Kiên", "Selin Arıkan", "María José Cárdenas", "Wu Hanming", "Katherine Ellery"}


def test_a_long_name_after_an_office_opens_at_its_first_given_name():
    _, extraction = run("Cable plans\n\nMinister of Telecommunications María Fernanda Icaza Bermeo said the state would "
                        'not pay. "Ecuador needs more routes, not a route to nowhere," Icaza said.\n\n'
                        '"The rule is overdue," said Secretary of Energy Chris Wright.\n')
    assert speakers(extraction) == Counter({"María Fernanda Icaza Bermeo": 1, "Chris Wright": 1})


def test_a_long_name_after_an_office_opens_at_its_first_word_that_is_no_office_s_even_a_given_name_the_registry_lacks():
    _, extraction = run("Signal plans\n\nMinister of Transport Mwanaisha Rashid Makame told the House that the government "
                        'wanted "the keys to our own traffic lights".\n\nMinister of Mahaweli Development Ranjith '
                        'Siyambalapitiya said: "We will wait."\n')
    assert speakers(extraction) == Counter({"Mwanaisha Rashid Makame": 1, "Ranjith Siyambalapitiya": 1})


def test_a_deputy_s_title_before_the_name_is_no_part_of_it():
    _, extraction = run("Funds and the rule\n\nDeputy Lionel Robilliard, President of the Committee for Economic Development, "
                        'said the industry was "used to screening rules". "We will adapt," said Deputy Minister Zhang Wei.\n')
    assert speakers(extraction) == Counter({"Lionel Robilliard": 1, "Zhang Wei": 1})


def test_a_pronoun_opening_the_sentence_before_a_colon_gives_the_quote_to_the_one_the_paragraph_named_last():
    _, extraction = run("Calls about the rule\n\nThe call that stuck was from Luis Barrientos, the public works director in "
                        'Carver Bluff, Iowa. He was very calm about it: "I can find the money for new controllers by 2028. '
                        'What I cannot find is anyone who knows how to program them."\n')
    assert speakers(extraction) == Counter({"Luis Barrientos": 1})


def test_whom_a_speaker_told_is_no_speaker_of_the_quote_after_it():
    _, extraction = run("Hosting clause\n\n\"We are not choosing between Washington and Beijing,\" Jean-Hugues Payet, the "
                        "deputy mayor, told Kayamb Info. \"Whether the server is in Hangzhou or in Virginia, that is not "
                        "something we control.\"\n")
    assert speakers(extraction) == Counter({"Jean-Hugues Payet": 2})


def test_a_given_name_that_is_also_a_virtue_opens_a_name_where_the_text_never_writes_it_in_lower_case():
    _, extraction = run("Audits before bans\n\nFelicity Grainger, who studies infrastructure regulation in Auckland, expects "
                        'audits before bans. "Expect registers first," she said.\n')
    assert speakers(extraction) == Counter({"Felicity Grainger": 1})


def test_west_african_given_names_open_a_name_on_sight():
    _, extraction = run("Lift gateways in Bissau\n\nMamadu Saliu Baldé, who represents a lift maker in Bissau, defended the "
                        "service: \u201cThe cloud has told us about worn brakes before anyone in the building noticed.\u201d\n")
    assert speakers(extraction) == Counter({"Mamadu Saliu Baldé": 1})


def test_initials_printed_without_full_stops_open_a_name():
    _, x = run("Heavy Industries Minister H D Kumaraswamy said bids had come in. \"India will not depend on one "
               "country,\" Kumaraswamy said.\n\nThe Minister, K Shanmugam, said at the time, \"Singapore will not be a "
               "conduit for anyone to get around the law.\"")
    assert speakers(x) == Counter({"H D Kumaraswamy": 1, "K Shanmugam": 1})


def test_an_auto_transcripts_time_stamp_over_each_speakers_name_gives_each_turn_to_its_speaker():
    turns = "\n\n".join(f"00:0{n}:1{n}\n{name}\n{words}" for n, (name, words) in enumerate([
        ("Farhana Yusof", "Good evening. With me are Dr Vikram Sethuraman and Chua Hui Min. Vikram, how exposed are we?"),
        ("Vikram Sethuraman", "Less than the headlines suggest and more than the government would like."),
        ("Farhana Yusof", "Hui Min, do the exemptions work?"),
        ("Chua Hui Min", "They work if you are a large multinational with a US investment plan."),
        ("Farhana Yusof", "And the truce?"),
        ("Vikram Sethuraman", "Base case is another extension, shorter than twelve months."),
    ]))
    article, x = run("Chip tariffs and Singapore's middle path\nEpisode 212 · 18 Sep 2026 · 23 min\n"
                     "Hosted by Farhana Yusof.\n\nThis transcript was generated automatically and lightly edited "
                     "for clarity. Please check against the audio before quoting.\n\n" + turns)
    assert speakers(x) == Counter({"Vikram Sethuraman": 2, "Chua Hui Min": 1})
    assert "00:01:11" in " ".join(article.paragraphs)  # the stamp is kept with its turn


def test_a_company_named_without_its_last_word_is_no_person():
    _, x = run("The order requires Suzhou Jinhai Optoelectronics to sell its stake in Dyffryn Photonics. The chief "
               "executive of Dyffryn Photonics, Gwilym Hughes-Okoro, said the company had \"co-operated fully\".\n\n"
               "In a statement, Suzhou Jinhai said it was \"deeply disappointed\" by the decision.")
    assert set(people(x)) == {"Gwilym Hughes-Okoro"}
    assert speakers(x) == Counter({"Gwilym Hughes-Okoro": 1})
    _, x = run("Chua Hui Min, a partner at the law firm Lim Chua & Partners. She said the rules were unclear.")
    assert set(people(x)) == {"Chua Hui Min"}
    # ... or without more of its words: "Zhoushan Haiyun Subsea Engineering Co." / "Zhoushan Haiyun said"
    _, x = run("The bureau listed Zhoushan Haiyun Subsea Engineering Co. and two affiliates. Graham Westerfield, the under "
               "secretary, said the company had \"carried out repairs in ways that gave it access\".\n\n"
               "Zhoushan Haiyun said in a statement that the listing was \"groundless and discriminatory\".")
    assert set(people(x)) == {"Graham Westerfield"}
    # ... and a body named by its kind's last word: a forum's secretariat, a regulator
    _, x = run("The Pacific Islands Forum Secretariat said in a statement that members \"should not bear the cost\". "
               "The Telecommunication Regulator of Cambodia said it would \"take the situation into account\".")
    assert not people(x)


@pytest.mark.parametrize("text, speaker", [
    ("Lawmaker Jasper Kwok Siu-ming, who sits on the panel, urged the government to act. \"Don't wait "
     "until April,\" he said.", "Jasper Kwok Siu-ming"),
    # given names the registry does not list, after a speech verb and after an office's name
    ('"They look at shared directors," said Wincy Lau Hoi-ting, a partner at a law firm.', "Wincy Lau Hoi-ting"),
    ("Secretary for Commerce and Economic Development Algernon Yau Ying-wah said the city had a \"robust\" "
     "system. \"We will explain it to our partners,\" he said.", "Algernon Yau Ying-wah"),
    # ... but an office's last word is no given name
    ('Minister of Economic Affairs Kung Ming-hsin said: "We will keep talking to Washington."', "Kung Ming-hsin"),
])
def test_an_english_given_name_before_a_cantonese_name_is_part_of_it(text, speaker):
    _, x = run(text)
    assert set(speakers(x)) == {speaker}


def test_he_after_words_that_name_no_one_is_the_last_speaker_and_words_printed_twice_are_one_quote():
    _, x = run("Graphite miner weighs its buyers\n\n\"Two years ago it was different,\" said Étienne Boucher-Lavoie.\n\n"
               "Boucher-Lavoie said the company hoped to decide by the end of the year. He declined to name the buyer.\n\n"
               "Asked whether the company would sell to Chinese customers, he paused. \"We would consider any customer "
               "the Government of Canada allows us to sell to,\" he said.\n\n"
               "Highlights (1)\n\n\"Two years ago it was different,\" said Étienne Boucher-Lavoie.")
    assert speakers(x) == Counter({"Étienne Boucher-Lavoie": 2})


def test_she_after_someone_unnamed_is_nobody_named():
    _, x = run("\"The action is politicized,\" Mao Ning said at a press conference.\n\nA graduate student, who asked not to be named, said she "
               "had cancelled her plans. \"If I leave, I'm not sure I can come back,\" she said.")
    assert speakers(x) == Counter({"Mao Ning": 1})


@pytest.mark.parametrize("sentence", [
    "the Business and Trade Secretary, Peter Kyle, has spoken of building \"resilience with partners\".",
    "Peter Kyle vowed \"resilience with partners\" at the conference.",
])
def test_more_ways_of_saying(sentence):
    _, x = run(f"The government's strategy promises a minerals plan, and {sentence}")
    assert speakers(x) == Counter({"Peter Kyle": 1})


@pytest.mark.parametrize("credit", [
    "Caption: The offices in Farringdon. Photograph: Kieran Doyle/PA",
    "The minister speaks to reporters in Ankara. (ABW / Serkan Demir)",
    "Edited by Sorin Bălan. Translation support: Irina Moldovan.",
    "Edição: Paulo Rocha",
    "--With assistance from Aiko Tanabe and Marcus Leung.",
])
def test_names_in_credits_of_any_language_are_no_people_in_the_story(credit):
    _, x = run(f"Ministers met in Ankara on Monday to discuss tariffs on electric vehicles.\n\n{credit}")
    assert not people(x)


@pytest.mark.parametrize("company", ["Nordvik Fondkommission AB", "Andes Litio S.A.", "Eti Maden", "Eastern Compute Park Co"])
def test_companies_of_other_countries_are_no_people(company):
    _, x = run(f"\"We will keep supplying our customers,\" {company} said in a statement on Monday.")
    assert not people(x)


def test_a_job_title_before_a_name_first_in_a_sentence():
    _, x = run("Exporters rushed to comply.\n\nEconomist Le Thi Minh Chau from the University of Economics said the "
               "rules were \"both a pressure and an opportunity\" for suppliers.")
    assert speakers(x) == Counter({"Le Thi Minh Chau": 1})


def test_a_related_lists_dates_are_no_speakers():
    _, x = run("Taiwan weighs chip tariffs\n\nQ: Will the tariffs hurt?\n\nCHENG LI-CHIUN: \"We are ready,\" she said.\n\n"
               "Q: And the truce?\n\nCHENG LI-CHIUN: It holds for now.\n\n"
               "Sept. 24: Taiwan shares fall as U.S. chip tariff details released\n\n"
               "Sept. 23: U.S. announces Section 232 tariffs on semiconductors\n")
    assert not any(e.name.lower().startswith("sept") for e in x.entities)


@pytest.mark.parametrize("stamp, gap", [("00:00:09\n{name}", "\n\n"), ("00:00:09 {name}", "\n\n"),
                                        ("{name}  00:00:09", "\n")])  # ... a line each, no blank lines between
def test_an_auto_transcript_s_turns_are_its_guests_quotes_and_the_host_asks(stamp, gap):
    def turn(name, words):
        return stamp.format(name=name) + "\n" + words + gap
    _, x = run(f"Ep. 112 — Magnets, mines and the Make in India moment{gap}Transcript{gap}"
               + turn("Ananya Krishnamurthy", "hi everyone and welcome back to the supply line I'm Ananya Krishnamurthy "
                      "and this week it's magnets")
               + turn("Meenakshi Iyer-Banerjee", "so in April China put seven rare earth elements under licences")
               + turn("Ananya Krishnamurthy", "Sandeep, what did that look like on your factory floor")
               + turn("Sandeep Rathore", "honestly it was scary. we had about six weeks of magnet inventory")
               + turn("Ananya Krishnamurthy", "and the government has been talking about a scheme. what do we know"))
    assert speakers(x) == Counter({"Meenakshi Iyer-Banerjee": 1, "Sandeep Rathore": 1})


def test_a_long_name_shortened_to_its_first_two_words_is_the_same_person():
    _, x = run('"We remain open for business," Investment, Trade and Industry Minister Tengku Zafrul Abdul Aziz said.\n\n'
               'Tengku Zafrul said the ministry would review the arrangement. "Six months is enough," he said.')
    assert speakers(x) == Counter({"Tengku Zafrul Abdul Aziz": 2}) and "Tengku Zafrul" not in people(x)


def test_a_ministry_s_q_and_a_gives_each_official_s_answers_and_a_list_of_companies_gives_none():
    _, x = run("MOIT answers press questions\n\nQuestion (VnExpress): What is the ministry doing about origin fraud?\n\n"
               "Mr. Đoàn Quốc Việt, Deputy Director of the Import-Export Department: The Ministry has instructed all "
               "organisations to strengthen checks.\n\nQuestion (Tuoi Tre): Has the US raised cases?\n\n"
               "Ms. Trần Thị Minh Châu, Deputy Director General of the Trade Remedies Authority: We have raised this "
               "question directly with the USTR.\n\nQuestion (Reuters): How many cases?\n\nMs. Trần Thị Minh Châu: "
               "There have been a small number of cases.\n\nMr. Đoàn Quốc Việt: Using imported components does not "
               "in itself make a product transshipped.")
    assert speakers(x) == Counter({"Đoàn Quốc Việt": 2, "Trần Thị Minh Châu": 2})
    _, x = run("Awards announced\n\nThe selected projects are:\n\nRed Mesa Magnetics (Seguin, Texas): $410 million for "
               "a magnet plant.\n\nNorthern Ore Separation (Gillette, Wyoming): $325 million for a separation facility."
               "\n\nCalumet Metals (Hammond, Indiana): $215 million for metal and alloy production.")
    assert not x.quotes


def test_a_quote_after_a_colon_is_the_words_of_the_person_the_sentence_opens_with():
    _, x = run("Field notes from Antofagasta\n\nFelipe Contreras Lagos, who has traded copper out of Antofagasta for "
               "twenty years, summed it up over lunch: \"Nobody in Chile ever thought about Section 232. Now my clients "
               "ask me about it first.\"")
    assert speakers(x) == Counter({"Felipe Contreras Lagos": 1})


def test_a_quote_after_a_first_clause_and_a_participle_is_the_subject_s():
    _, x = run("Taiwan signs trade deal\n\nPresident Lai Ching-te praised the negotiating team on Facebook, writing that "
               "the deal marked \"a new chapter in the Taiwan-U.S. economic partnership\" and would help Taiwan \"play "
               "an even more important role in global democratic supply chains.\"")
    assert speakers(x) == Counter({"Lai Ching-te": 2})


def test_a_parliament_s_record_names_a_minister_by_office_then_in_brackets():
    _, x = run("Saltpond Lithium Project\n\nQ. 418. Mr Ekow Quansah-Arthur (Mfantseman) asked the Minister whether any "
               "offtake arrangement had been concluded.\n\nThe Deputy Minister for Lands and Natural Resources (Mr Kofi "
               "Adomako-Mensah): Mr Speaker, no final offtake agreement has been concluded.\n\nMr Speaker: Hon Member, any "
               "supplementary question?\n\nMr Quansah-Arthur: Mr Speaker, can the Deputy Minister assure this House?\n\n"
               "Mr Adomako-Mensah: Mr Speaker, I can give that assurance.")
    assert speakers(x) == Counter({"Kofi Adomako-Mensah": 2})


def test_the_family_name_of_a_name_with_an_english_given_name_first_is_that_person_later():
    _, x = run("Traders vet customers\n\n\"The suspension stopped the legal clock,\" said Rebecca Chan Wing-sze, a partner "
               "at a law firm.\n\nChan said her firm had handled more requests this year.\n\n\"It is legal, but it is not "
               "a magic trick,\" she said.")
    assert speakers(x) == Counter({"Rebecca Chan Wing-sze": 2})


@pytest.mark.parametrize("text, person, place", [
    ('Felipe Contreras Lagos, who has traded copper for twenty years, said: "Nobody here thought about it."',
     "Felipe Contreras Lagos", ""),
    ('"We can build a refinery in three years," said Santiago Quispe-Harrington, chief executive of the firm.',
     "Santiago Quispe-Harrington", ""),
    ('Shipments left Lagos on Monday, said Adaeze Okafor, a port official.', "Adaeze Okafor", "Lagos"),
    # (a given name the registry does not know, then the city)
    ('Audits began in Lima. "Passengers will not notice any change," said Jailson Lima Ramos, the operations director.',
     "Jailson Lima Ramos", "Lima"),
])
def test_a_city_s_name_inside_a_person_s_name_is_the_person_s(text, person, place):
    x = run(text)[1]
    assert person in people(x)
    assert {e.name for e in x.entities if e.kind == "place"} == ({place} if place else set())


def test_a_quotation_over_two_paragraphs_belongs_to_whoever_its_closing_attribution_names():
    said = _said('"American component makers are being asked to pay a tax," said Marisa Kowalczyk-Ortega, President of '
                 'AECA.\n\n"Retailers have absorbed as much of the costs as they can.\n\n"We urge the Administration to '
                 'exempt products," said Emeka Nnadozie, President of NRDA.')
    assert (said["Marisa Kowalczyk-Ortega"], said["Emeka Nnadozie"]) == (1, 1)


def test_a_podcast_s_stamped_labels_are_turns_and_a_label_above_them_is_no_given_name():
    _, x = run("Who is buying the H200s?\n\nHi all, this week's episode is a conversation about chips and licences.\n\n"
               "Transcript\n\nNattapong (00:00:41): Folake, let's start. Why aren't the chips moving?\n\n"
               "Folake Adesina-Brooks (00:01:05): Because the other government didn't say yes.\n\n"
               "Nattapong (00:03:22): Bilal, what does a licensed deal look like?\n\n"
               "Bilal Chaudhry (00:03:40): It's slow and it's expensive.\n\n"
               "Audio production by Kanokwan Sripatum.")
    assert speakers(x) == Counter({"Folake Adesina-Brooks": 1, "Bilal Chaudhry": 1})
    assert not {"Transcript Nattapong", "Kanokwan Sripatum"} & set(people(x))


def test_a_turn_marked_as_translated_or_interpreted_is_still_its_speaker_s():
    # (and the reporter's turn "REPORTER: In Minsk, ..." is what she says, not a byline naming "In Minsk")
    a, x = run("Minsk tractor makers see an opening\n\nAired: 23.10.2026, 19:30 (Minsk time)\n\n"
               "ANCHOR: Good evening. Washington has barred Chinese farm drones from subsidised farms, and our reporter "
               "went to a farm near Slutsk to ask what that means here.\n\n"
               "REPORTER: At a cooperative near Slutsk, agronomist Natalia Zhuk runs four Chinese spraying drones.\n\n"
               "ZHUK (translated): Without the drones I would need three more people.\n\n"
               "REPORTER: In Minsk, the analyst Volha Sakalova-Drozd sees a small opening for local makers.\n\n"
               "SAKALOVA-DROZD (through an interpreter): A small opening, and it is not in America.\n\n"
               "ANCHOR: Thank you.")
    assert speakers(x) == Counter({"Natalia Zhuk": 1, "Volha Sakalova-Drozd": 1})
    assert not a.authors and any(p.startswith("REPORTER: In Minsk, the analyst") for p in a.paragraphs)


def test_a_broadcast_s_clip_is_a_quote_of_whoever_its_cue_names():
    _, x = run("US trade chief defends chip curbs\n\nSHOWS: WASHINGTON, D.C., UNITED STATES (MARCH 3, 2026) (REUTERS)\n\n"
               "U.S. Trade Representative Jane Halvorsen-Price defended the new rules on Tuesday.\n\n"
               "(SOUNDBITE) (English) U.S. TRADE REPRESENTATIVE JANE HALVORSEN-PRICE, SAYING: \"We are not trying to "
               "contain anyone. We are protecting our own.\"\n\n"
               "Chinese officials have called the rules unfair, and analyst Tomas Vidal-Reyes expects a slow effect.\n\n"
               "[CLIP — ANALYST TOMAS VIDAL-REYES, 2 MARCH]: These measures will take years to bite.")
    assert speakers(x) == Counter({"Jane Halvorsen-Price": 1, "Tomas Vidal-Reyes": 1})
    assert {q.text for q in x.quotes} == {"We are not trying to contain anyone. We are protecting our own.",
                                          "These measures will take years to bite."}


@pytest.mark.parametrize("verb", ["declares", "argues", "adds", "warns"])
def test_a_quotation_told_in_the_present_tense_is_attributed(verb):
    _, x = run("Court refuses to pause ban\n\nBy Jane Doe\n\nThe association's president, Thorvald Engebretsen, "
               f"{verb} that members \"stand to lose roughly one service dollar in nine\" during the spring season.")
    assert speakers(x) == Counter({"Thorvald Engebretsen": 1})


def test_members_a_hearing_record_lists_as_present_ask_and_quote_nobody():
    _, x = run("Chokepoints: rare earth magnets\n\nJune 17, 2026\n\nThe committee met, pursuant to notice, at 10:02 a.m. "
               "Hon. John Moolenaar (chairman of the committee) presiding. Present: Representatives Moolenaar and "
               "Oyelaran.\n\nThe CHAIR. Our witness is Mr. Asif Mahmood Khan. Representative Tunde Oyelaran joins us.\n\nThe CHAIR. The committee will come to order.\n\nMr. OYELARAN. Thank you. I would only add "
               "that this is not a partisan problem.\n\nMr. KHAN. Mr. Chairman, our plant can make 1,500 tons a year.\n\n"
               "The CHAIR. Mr. Khan, what happens next?\n\nMr. KHAN. Frankly, sir, some customers come back to us.\n\n"
               "Mr. OYELARAN. Mr. Khan, how much can you see?\n\nMr. KHAN. Honestly, not enough.\n\n"
               "Witness: Asif Mahmood Khan, chief executive officer, Lone Pine Magnetics.")
    assert speakers(x) == Counter({"Asif Mahmood Khan": 3})


def test_an_embassy_s_answers_are_the_spokesperson_s_its_title_names_and_khun_is_an_honorific():
    _, x = run("Embassy Spokesperson Liu Pengyu's Remarks on the Entity List\n\n2026-08-27 10:35\n\n"
               "Q: The US added 23 Chinese companies to its Entity List. What is your comment?\n\n"
               "A: China firmly opposes the overstretching of the concept of national security.\n\n"
               "Q: Will China respond with countermeasures?\n\nA: I would refer you to the competent authorities.\n\n"
               "Q: Any comment on the talks?\n\nA: The two sides maintain communication.")
    assert speakers(x) == Counter({"Liu Pengyu": 3})
    _, reporter = run("MOFCOM Spokesperson Answers Reporter's Question on Rare Earths\n\n2026-08-27\n\n"
                      "Q: What is your comment?\n\nA: China opposes it.\n\nQ: And next?\n\nA: We will see.")
    assert not speakers(reporter)
    _, thai = run("Thailand and the chip question\n\nPIMCHANOK: Good evening and welcome to Business Tonight. Khun Siriporn "
                  "Chantaraksa, your members make circuit boards. Are they worried?\n\nSIRIPORN: Of course they are worried.\n\n"
                  "PIMCHANOK: And the permits?\n\nSIRIPORN: We can live with them.\n\n"
                  "PIMCHANOK: Khun Siriporn, thank you for joining Business Tonight.")
    assert speakers(thai) == Counter({"Siriporn Chantaraksa": 2}) and "Business Tonight" not in people(thai)


@pytest.mark.parametrize("body, speaker, count", [
    # a spokesperson speaks for the governor the appositive names
    ('State officials say they are trying to help. Kiana Ruelas-Hart, a spokesperson for Gov. Gretchen Whitmer, said the '
     'agency had set up a hotline. "We\'re asking every company to tell us what they have in inventory," she said.',
     "Kiana Ruelas-Hart", 1),
    ('Dr Tadhg Ó Cearbhaill, who lectures in trade law at University College Cork, said the rules were "a shift in how '
     'Washington thinks".', "Tadhg Ó Cearbhaill", 1),
])
def test_a_speaker_for_someone_and_names_with_particles(body, speaker, count):
    assert _said(body)[speaker] == count


def test_names_that_qualify_a_noun_credits_after_a_slash_run_in_labels_and_repeated_words_are_no_people():
    _, x = run("Michigan suppliers run short of magnets\n\nDETROIT - Suppliers are short, said Arjun Venkataraman, who "
               "tracks supply chains at Lakeshore Supply Analytics, an Ann Arbor consulting firm.\n\n"
               "Workers inspect assemblies at a plant in Warren. (Mireille Osei-Tanaka/The Great Lakes Sentinel)\n\n"
               "REPORT CARD: Trade Representative Jamieson Greer's office keeps a tally of the report card, three people "
               "said.\n\nSMUGGLING BILL: Rep. John Moolenaar wants floor time for his smuggling bill. \"If we wait, we'll "
               "be told it's bad timing,\" he said.\n\nTRUCE WATCH: Nothing moved this week on the truce watch.\n\n"
               "Entities may apply for removal from the Export Control Control List. The Export Control Control List is "
               "published by the ministry, and the Export Control Control List grows.")
    assert not {"Ann Arbor", "Mireille Osei-Tanaka", "Report Card", "Smuggling Bill", "Control Control List"} & set(people(x))
    assert speakers(x)["John Moolenaar"] == 1


def test_a_participle_after_an_irregular_verb_quotes_the_sentence_s_subject():
    said = _said("Vice Premier He Lifeng made much the same point in public this month, saying China expected "
                 "Washington to show \"sincerity on technology\" if the truce was to last.")
    assert said["He Lifeng"] == 1


def test_a_paper_that_quotes_in_single_marks_a_senator_s_party_a_role_with_its_body_and_he_going_on():
    _, x = run("Cars get cheaper\n\nGary Whitworth, who runs a dealership in Bolton, said he had never seen anything like it.\n\n"
               "'People are walking in asking for the Chinese ones,' he said. 'Two years ago nobody had heard of them.'\n\n"
               "But he warned buyers to think about what their cars would be worth in three years' time.\n\n"
               "'When the new price drops six grand, the one on your drive drops six grand too,' he added.\n\n"
               "Harjit Sandhu switched last year. 'I was paying £180 a week on diesel,' he told Clarion Money. "
               "'Now it's about £35. I don't care where the car was made.'")
    assert speakers(x) == Counter({"Gary Whitworth": 3, "Harjit Sandhu": 2})
    said = _said("“Selling the chips is not a national security policy,” Sen. Elizabeth Warren (D-Mass.) said.\n\n"
                 "\"Our members accept the need for controls,\" said the alliance's chairman, Lim Chee Keong.")
    assert (said["Elizabeth Warren"], said["Lim Chee Keong"]) == (1, 1)


def test_an_interview_printed_as_questions_and_answers_without_labels_quotes_its_subject():
    _, x = run("A truce, not a peace\n\nWhen the two presidents met in Busan on Oct. 30, they agreed to pause some measures.\n\n"
               "Farzana Qureshi-Holm, an associate professor of political economy, studies export controls. She spoke "
               "with University Communications.\n\nIs this the end of the trade war?\n\nNo. It's a ceasefire with an "
               "expiration date.\n\nWho came out ahead?\n\nIt depends what you measure.\n\nWhat does this mean for chips?\n\n"
               "The core controls weren't on the table.")
    assert speakers(x) == Counter({"Farzana Qureshi-Holm": 3})


def test_two_marked_questions_under_answered_questions_quote_the_person_who_answered():
    """A Japanese paper's short Q&A: "Nagamine answered further questions from the Hinode Shimbun:", then "--Will ...?"
    and the answer quoted whole, with no one named: each answer is one quote of the person who answered."""
    _, x = run("Japan's cable makers field rush of orders\n\n\"We have received more enquiries than in the whole of last "
               "year,\" said Takeshi Nagamine, president of Kaiyo Denko.\n\nNagamine answered further questions from the "
               "Hinode Shimbun:\n\n--Will the talks between Washington and Beijing slow down demand?\n\n\"I do not think "
               "so. Customers want a second source even if the talks go well.\"\n\n--Will you supply cables that use "
               "Chinese parts?\n\n\"We are checking our own supply chain. We will not promise anything we cannot "
               "prove.\"\n\nThe ministry said it would consider support for cable ships.")
    assert speakers(x) == Counter({"Takeshi Nagamine": 3})


def test_an_interviews_questions_may_open_with_a_sentence_of_their_own():
    _, x = run("Korea cannot choose between its chips and its customers\n\nPark Seo-hyun spent two years in the room with "
               "American officials. She spoke with the Journal in Seoul.\n\nThe licences run out at the end of this year. "
               "What should Seoul be asking for?\n\nA plant-by-plant agreement that runs for several years.\n\n"
               "Washington wants the plants kept at older levels. Is that acceptable?\n\nIt is a reality, not a preference."
               "\n\nHow exposed is Korea to Beijing's pressure points?\n\nVery. Our battery makers depend on Chinese "
               "materials.")
    assert speakers(x) == Counter({"Park Seo-hyun": 3})


def test_a_quotation_signed_under_it_and_one_whose_next_paragraph_only_closes_it():
    said = _said('"Europe cannot leave the rules on its most strategic technologies to be written in 27 capitals. With '
                 'this proposal we set our own controls.\n\nAt the same time, we remain open to dialogue with all partners."\n'
                 'Maroš Šefčovič, Commissioner for Trade and Economic Security\n\n'
                 '"Our equipment makers are world leaders. Clear, common rules give them predictability."\n'
                 'Stéphane Séjourné, Executive Vice-President for Prosperity and Industrial Strategy')
    assert (said["Maroš Šefčovič"], said["Stéphane Séjourné"]) == (1, 1)


def test_a_quotation_under_said_colon_and_a_founder_named_after_its_role():
    said = _said("Business and Trade Secretary Peter Kyle said:\n\n“The UK is home to world-class firms that make "
                 "specialised equipment, and we want them to grow.\n\n“But we will not allow technology developed here to "
                 "threaten our security.”\n\n“Our volumes are small, but every kilogram we recover counts,” said its "
                 "co-founder, Praveen Sekar.")
    assert (said["Peter Kyle"], said["Praveen Sekar"]) == (1, 1)


def test_an_interview_s_answers_are_its_subject_s_not_an_official_the_answers_name():
    _, x = run("'Korean fabs in China are on a one-year leash,' says chip policy expert\n\nFor Choi Min-seo, a senior research "
               "fellow at the Korea Semiconductor Strategy Institute, the arrangement has changed everything.\n\n"
               "The Herald spoke to Choi on Wednesday.\n\nQ. What did the renewal change?\n\nA. Very little on paper.\n\n"
               "Q. Did the truce help?\n\nA. Industry Minister Kim Jung-kwan has raised the issue in Washington.\n\n"
               "Q. What next?\n\nA. We wait for November.")
    assert speakers(x) == Counter({"Choi Min-seo": 3})


def test_a_fact_sheet_s_name_and_colon_before_a_quotation():
    said = _said('President Trump promised to rebuild the industrial base.\n\nPresident Trump: "We are never again going to '
                 'let another country hold our factories hostage over a magnet."')
    assert said["Donald Trump"] == 1


def test_a_list_of_reactions_each_a_name_its_job_and_a_colon_before_the_quotation():
    said = _said("Beijing rolled the suspension over for 90 days.\n\nWHAT THEY'RE SAYING\n"
                 "Annelie Brunsveld, chair of the parliament's trade committee: \"We gave Beijing a year of goodwill.\"\n"
                 "Tomasz Wierzbicki-Lund, director at a suppliers' forum: \"Our members cannot plan on rumours.\"")
    assert said["Annelie Brunsveld"] == 1
    assert said["Tomasz Wierzbicki-Lund"] == 1


def test_an_industrys_regional_cluster_is_an_organization_and_its_head_speaks():
    said = _said("Parts makers welcomed the decision. Guadalupe Itzel Tzompantzi, who heads the Puebla-Tlaxcala "
                 "Automotive Cluster, said her members had lost contracts to prices \"we cannot reach even if we paid "
                 "our workers nothing\". She added: \"This gives us a window. It is not a permanent solution.\"")
    assert said == Counter({"Guadalupe Itzel Tzompantzi": 2})


def test_congressional_leaders_titles_and_a_letters_signature_block_name_no_one_new():
    _, x = run("Senators split over chip language\n\nAsked whether the language would survive, Senate Majority Leader "
               "Ada Brennan-Voss said only: \u201cWe\u2019ll see.\u201d\n\nSincerely,\n\nTobias Marchetti-Ling\nRanking Member")
    assert {"Ada Brennan-Voss", "Tobias Marchetti-Ling"} <= set(people(x))
    assert not any("Majority" in p or "Ranking" in p for p in people(x))


def test_a_minister_for_a_portfolio_before_a_name_that_ends_in_a_title_word():
    said = _said("Federal Minister for Resources Madeleine King welcomed the announcement. \"Projects like this are what "
                 "the framework was designed for,\" Minister King said.")
    assert said == Counter({"Madeleine King": 1})


def test_a_family_name_in_capitals_before_the_given_name_is_a_person_named_so_later():
    _, x = run("Ministers sign a gallium memorandum\n\nOn July 29, Mr. MOTOKI Haruto, Minister of Economy, signed the "
               "memorandum in Washington.\n\nAt the ceremony, Minister MOTOKI stated, \"Japan brings refining know-how.\"\n\n"
               "Director: SAWADA Kenji\nPerson in charge: OTANI Mayu")
    assert {"MOTOKI Haruto", "SAWADA Kenji", "OTANI Mayu"} <= set(people(x))
    assert speakers(x) == Counter({"MOTOKI Haruto": 1})


@pytest.mark.parametrize("text", ["Sanctions Update: OFAC Designations Affecting Gulf Shipping\n\nThe office named ships.",
                                  "Statement by CEO Gregory T. Halvorsen\n\nThe company welcomed the rule."])
def test_an_acronym_or_a_title_in_capitals_before_a_word_names_no_one(text):
    _, x = run(text)
    assert not {"OFAC Designations", "CEO Gregory"} & set(people(x))


def test_an_interview_s_answers_are_the_person_its_introduction_names_last():
    _, x = run("'We have to out-trust them'\nInterview by Tom Hartigan\n\nOne of the companies trying is Kalgoorlie Separation "
               "Technologies, chaired by Graham Tupou-Nielsen. Its managing director, Anjali Varadarajan, trained in Chennai. "
               "We spoke at the company's Perth office.\n\nQ: Has your phone stopped ringing?\n\nA: It hasn't. We had calls "
               "from Germany and Korea.\n\nQ: Does the truce help?\n\nA: On tariffs, perhaps. On rare earths, not at all.\n\n"
               "Q: Can you compete on cost?\n\nA: Honestly? We are not going to out-cheap China.")
    assert speakers(x) == Counter({"Anjali Varadarajan": 3})


def test_the_person_a_sentence_speaks_for_says_its_quoted_words():
    _, x = run("Magnet makers breathe again\n\nFor Rhiannon Llewelyn-Pryce, chief executive of Dyfed Magnetics, the past "
               "five weeks were \"the most expensive lesson in supply chains I've ever had\".\n\n\"We spent October asking "
               "lawyers about it,\" she said.")
    assert speakers(x) == Counter({"Rhiannon Llewelyn-Pryce": 2})


@pytest.mark.parametrize("text, person", [
    ("Minister for Enterprise, Tourism and Employment Peter Burke said on Friday he had raised it.", "Peter Burke"),
    ("On Monday, Minister of Economy, Trade and Industry MOTOKI Haruto held a meeting in Tokyo.", "MOTOKI Haruto"),
    ("\"It is hard,\" said Nurul Aisyah binte Rahmat, a trade lawyer.", "Nurul Aisyah binte Rahmat"),
])
def test_a_name_after_an_office_that_lists_its_fields_and_a_name_with_binte(text, person):
    assert person in people(run("Ministers meet\n\n" + text)[1])


def test_a_body_s_spokesperson_named_after_it_before_a_colon_says_the_quotation():
    _, x = run("Controls policy\n\nChina should not copy this pattern. MOFCOM spokesperson Chen Yongqian put the principle well "
               "in April: \"We welcome normal trade and will approve compliant applications.\"")
    assert speakers(x) == Counter({"Chen Yongqian": 1})


@pytest.mark.parametrize("text, person, later", [
    ("Dante L. Macaraeg III, president of the exporters' group, said orders rose. \"It is insurance,\" Macaraeg said.",
     "Dante L. Macaraeg III", "Macaraeg"),
    ("Economist Ma. Cristina Buenaventura of the state university warned of risks. \"Investment is investment,\" "
     "Buenaventura said.", "Ma. Cristina Buenaventura", "Buenaventura"),
    ("Speaking at the event, Deputy Minister of Industry and Trade Vũ Thị Mai Hoa said the extension was positive. "
     "\"Every certificate carries our reputation,\" Hoa said.", "Vũ Thị Mai Hoa", "Hoa"),
])
def test_a_generation_s_suffix_a_given_name_s_abbreviation_and_a_four_word_name_after_an_office(text, person, later):
    _, x = run("Assemblers ride the wave\n\n" + text)
    assert speakers(x) == Counter({person: 1})


def test_a_live_blog_s_writers_signing_its_entries_and_an_author_named_in_a_note_are_no_people_of_it():
    article, x = run("Trump and Xi meet in South Korea: live updates on tariffs and rare earths\nStarted Oct. 29, 2025, 8:05 p.m. ET\n"
               "Reporting from Busan and Washington: Marisol Etxeberria and Brent Lindqvist\n\n"
               "Speaking to reporters on Air Force One, President Donald Trump said the tariff on Chinese goods would fall to "
               "ten percent. \"It was a great meeting,\" he said. — Brent Lindqvist, Washington\n\n"
               "Xi Jinping's motorcade left the base. — Marisol Etxeberria, Busan\n\n"
               "There was no joint news conference and no signed document. — Marisol Etxeberria, Busan\n\n"
               "Guo Jiakun said dialogue was better than confrontation. — Brent Lindqvist, Washington")
    assert article.authors == ("Marisol Etxeberria", "Brent Lindqvist")
    assert not {"Brent Lindqvist", "Marisol Etxeberria"} & set(people(x))
    assert "Guo Jiakun" in people(x)


def test_an_initial_and_a_family_name_opening_a_paragraph_is_a_person_not_an_outline_s_letter():
    _, x = run("Data centres face audits\n\nS. Thirunavukkarasu, secretary-general of the Johor Data Centre Association, said "
               "members had asked the ministry to negotiate. \"We need a trusted destination arrangement,\" he said.\n\n"
               "A. Proceedings in the Investigation")
    assert speakers(x) == Counter({"S. Thirunavukkarasu": 1})
    assert "A. Proceedings" not in people(x)


def test_a_senator_interviewed_on_a_sunday_show_answers_though_she_sits_on_a_committee():
    _, x = run("Transcript: Treasury Secretary on \"Capitol Sunday\"\n\nRENATA OKAFOR: We turn now to Senator Harriet Vanterpool, "
               "a member of the Senate Banking Committee. Is the truce working?\n\nSEN. HARRIET VANTERPOOL: Parts of it are "
               "working and parts of it are improvised.\n\nRENATA OKAFOR: Would you support limits on chip sales?\n\n"
               "SEN. VANTERPOOL: I would, and I think a lot of Democrats would.\n\nRENATA OKAFOR: Senator, thank you?")
    assert speakers(x)["Harriet Vanterpool"] == 2


def test_a_role_in_lower_case_between_the_verb_and_the_name_names_the_speaker():
    _, x = run("Server diversion case\n\nLawyers say the burden has grown. \"Ignorance is not a defence,\" said lawyer Rajesh "
               "Thevarajah-Ong, a partner at Kingsford Rajan. \"Companies here have learned that.\"")
    assert speakers(x) == Counter({"Rajesh Thevarajah-Ong": 2})


def test_a_questioner_asking_under_its_outlet_s_name_is_no_person():
    _, x = run("Foreign Ministry Spokesperson's Regular Press Conference on November 9, 2026\n\nGuo Jiakun: Premier Li Qiang "
               "will visit Malaysia.\n\nTokyo Shimpo: Japan will tighten its controls. What is your comment?\n\nGuo Jiakun: "
               "We have noted the reports.\n\nAgence Mer du Nord: European companies say exports are delayed. Has China "
               "restricted them?\n\nGuo Jiakun: I would refer you to the competent authorities.")
    assert "Tokyo Shimpo" not in people(x) and "Agence Mer du Nord" not in people(x)
    assert speakers(x)["Guo Jiakun"] >= 2


def test_a_body_named_after_the_nonprofit_is_no_person_wherever_else_it_is_named():
    _, x = run("Smuggling case\n\nA report from the nonprofit Compute Sentinel found dozens of resellers renting restricted "
               "chips.\n\nUpdate, November 9th: Added comment from Compute Sentinel.")
    assert "Compute Sentinel" not in people(x)


def test_a_translator_credited_from_a_language_is_a_credit_not_a_person():
    _, x = run("German suppliers requalify chips\n\nBERLIN, Nov 10 - Suppliers are redesigning boards, executives said."
               "\n\nThe dispute drags on.\n\nTranslated from German by Aoife Brennan-Takahashi")
    assert "Aoife Brennan-Takahashi" not in people(x)


def test_a_name_with_mac_and_a_capital_then_a_hyphen_is_a_person_and_she_speaks_next():
    _, x = run("Midlands carmakers stockpile magnets\n\nFiona MacAulay-Osei, chief executive of the Automotive Supply Chain "
               "Forum, said smaller firms could not afford to stockpile.\n\n\"The big suppliers can carry the inventory. "
               "The family firm cannot,\" she said.")
    assert speakers(x) == Counter({"Fiona MacAulay-Osei": 1})


def test_a_second_speaker_who_accuses_in_the_same_paragraph_owns_the_words_he_accuses_with():
    _, x = run("Midlands carmakers stockpile magnets\n\nLabour MP Rukhsana Dodd-Ellery said the episode showed \"how exposed "
               "we remain\" and called for a stockpile. The Conservatives' shadow business secretary, Andrew Griffith, "
               "accused ministers of \"crossing their fingers and hoping Washington sorts it out\".")
    assert speakers(x) == Counter({"Rukhsana Dodd-Ellery": 1, "Andrew Griffith": 1})


def test_a_lawmaker_s_party_and_state_in_brackets_do_not_hide_that_he_said_it():
    _, x = run("AI chip bargaining\n\nRep. John Moolenaar (R-Mich.), chairman of the House Select Committee on China, said "
               "any loosening \"would hand Beijing the compute it needs to close the gap on frontier AI,\" and called on "
               "the administration to brief his committee.")
    assert speakers(x) == Counter({"John Moolenaar": 1})


@pytest.mark.parametrize("quoted", [
    "« The talks were candid and constructive », Vice-Premier He Lifeng said.",
    "»The talks were candid and constructive«, Vice-Premier He Lifeng said.",
    "„The talks were candid and constructive“, Vice-Premier He Lifeng said.",
    "„The talks were candid and constructive”, Vice-Premier He Lifeng said.",
    "「The talks were candid and constructive」, Vice-Premier He Lifeng said.",
])
def test_quotation_marks_of_other_languages_quote_as_english_ones_do(quoted):
    _, x = run("Geneva truce talks\n\nGENEVA, May 12 - The talks ended on Sunday.\n\n" + quoted)
    assert speakers(x) == Counter({"He Lifeng": 1})


def test_single_quotes_with_a_phrase_in_double_ones_inside_quote_the_british_way():
    _, x = run("Europe's car suppliers count the days\n\n'We're one shipment from stopping the line,' said Dagmar Lindqvist-Obi, "
               "managing director of Erzgebirge Elektrik. 'They told us \"next week\" three weeks running.'\n\nFor "
               "Lindqvist-Obi, the geopolitics are beside the point. 'My customers don't ask me who owns the factory,' she "
               "said.")
    assert speakers(x) == Counter({"Dagmar Lindqvist-Obi": 3})


def test_an_interview_s_q_and_a_lines_without_blank_lines_between_are_turns_of_the_one_introduced():
    _, x = run("Five questions\n\nThis week I put five questions (well, four and a follow-up) to Marisol de la Peña Ansah, a "
               "partner in the trade practice at Whitcombe & Lau in Washington, who spent six years at BIS before going "
               "private. Lightly edited for length.\n\nQ: Is anyone actually turning off screening?\nA: Fewer than you'd "
               "think. The big distributors built the checks in 2025.\n\nQ: Could it come back?\nA: Legally it could come "
               "back faster than that.\n\nQ: What is the most common mistake?\nA: Companies screen the buyer and forget "
               "the consignee.")
    assert speakers(x) == Counter({"Marisol de la Peña Ansah": 3})


def test_the_subject_before_a_long_who_clause_said_it_not_the_name_at_the_clause_s_end():
    _, x = run("Trade arrangement extended\n\nSecretary Bessent, who has met with Vice Premier He more than half a dozen times since "
               "the first round of talks in May 2025 and who co-chaired this week's session in Geneva with Ambassador "
               "Jamieson Greer, said the extension \"provides certainty for American businesses while keeping every tool "
               "available\".")
    assert speakers(x) == Counter({"Scott Bessent": 1})


def test_numbered_scenarios_with_a_colon_are_no_speakers_and_according_to_before_the_quote_names_its_speaker():
    _, x = run("The Gulf chip bargain\n\nThe aim, according to White House AI adviser David Sacks, is for partners to make that "
               "choice \"in a way that is durable.\"\n\nScenario 1: Deepening. Licences are renewed and "
               "enlarged.\n\nScenario 2: Drift. Licences continue, but disputes slow approvals.\n\nScenario 3: Rupture. A "
               "diversion case leads Washington to suspend licences.")
    assert speakers(x) == Counter({"David Sacks": 1})
    assert not any(name.startswith("Scenario") for name in people(x))


def test_a_speaker_named_by_role_modifiers_and_all_is_the_one_named_with_that_role_before_or_the_next_named():
    _, x = run("Geneva truce\n\nOn the Chinese side, Vice-Premier He Lifeng had already given his assessment on Sunday. "
               "\"The talks were candid, in-depth and constructive,\" the vice-premier said.")
    assert speakers(x) == Counter({"He Lifeng": 1})
    _, ahead = run("Car suppliers count the days\n\n\"This is not a dispute about one company,\" the EU's trade commissioner "
                   "told reporters in Brussels on Wednesday.\n\nMaroš Šefčovič, who spoke after a video call with Beijing, "
                   "said the commission would use \"every channel available\" to secure an exemption.")
    assert speakers(ahead) == Counter({"Maroš Šefčovič": 2})
    _, named = run("Newport fab\n\nThe business secretary, Peter Kyle, told MPs on Tuesday that the government was \"in close "
                   "contact with the company\".")
    assert speakers(named) == Counter({"Peter Kyle": 1})


def test_a_title_with_a_lower_case_in_before_the_name_is_a_title():
    _, x = run("Chipmaker fined\n\nThe case was investigated by the Dallas Field Office. \"Our agents followed the equipment, the "
               "money, and the software updates,\" said Special Agent in Charge Rodrigo Almeida-Hwang. \"Each one told the "
               "same story.\"")
    assert speakers(x) == Counter({"Rodrigo Almeida-Hwang": 2})
    assert "Special Agent" not in people(x)


def test_a_podcast_guest_labelled_by_her_first_surname_is_the_guest_named_in_full_and_the_show_is_no_person():
    _, x = run("Deep Seams\n\nIn this episode, host Fiona MacAllister talks to metallurgist Dr Tanvir Rahman Chowdhury and "
               "commodities analyst Catalina Ferreyra de la Vega about heavy rare earths.\n\nMacAllister: Welcome to Deep "
               "Seams, I'm Fiona MacAllister. Where do prices go from here?\n\nFerreyra: Partly up. The price floor changed the "
               "conversation.\n\nMacAllister: And the miners?\n\nFerreyra: I think the tone has changed, actually.\n\n"
               "Chowdhury: The chemistry is the hard part.\n\nMacAllister: Thank you both?")
    assert speakers(x)["Catalina Ferreyra de la Vega"] == 2
    assert "Catalina Ferreyra" not in people(x) and "Deep Seams" not in people(x)


def test_writers_named_only_in_their_credit_line_are_no_people_of_the_article():
    article, x = run("Magnet recycler interview\n\nHANAU, May 4 - The recycler expects to double output, its chief said.\n\n"
                     "The plant runs two shifts.\n\nDemand is rising.\n\nThe interview was conducted by Friederike von "
                     "Steinberg and Emre Yıldırım in Hanau.")
    assert article.authors == ("Friederike von Steinberg", "Emre Yıldırım")
    assert "Friederike von Steinberg" not in people(x) and "Emre Yıldırım" not in people(x)


def test_a_stamp_s_label_and_its_month_or_weekday_are_no_person():
    _, x = run("Miners rally\n\nPosted Tue 10 Nov 2026 at 6:12am, updated Tue 10 Nov 2026 at 9:48am\n\nPublished Nov. 6, 2026\n\n"
               "Shares rose on Tuesday, traders said.")
    assert not any(name.startswith(("Posted", "Published")) for name in people(x))


def test_a_release_s_quotes_each_signed_with_a_dash_name_and_title():
    _, x = run("Committee advances chip bill\n\nWASHINGTON - The committee advanced the bill on Wednesday.\n\nWHAT THEY ARE "
               "SAYING:\n\n“Export controls only work if they are enforced after the chip leaves the loading dock.” — Dr. "
               "Naveen Ramaswamy-Cole, Senior Fellow, Center for American Technology Security\n\n“Our member companies "
               "support clear, workable rules.” — Marguerite Ostrowski-Bell, President, Alliance for Semiconductor "
               "Competitiveness")
    assert speakers(x) == Counter({"Naveen Ramaswamy-Cole": 1, "Marguerite Ostrowski-Bell": 1})


def test_a_photographer_for_the_outlet_closing_a_caption_and_a_newswire_asking_are_no_people():
    article, x = run("Magnet makers\n\nFinished neodymium magnets awaiting inspection at Keystone Magnetics' plant in Texas. "
                     "Graham Oduya for Tickerline\n\nDALLAS, Nov 9 - Magnet makers are hiring, executives said.\n\nPrices fell.")
    assert "Graham Oduya" not in people(x)
    _, asked = run("Foreign Ministry Spokesperson's Regular Press Conference on November 12, 2026\n\nLin Jian: Premier Li Qiang "
                   "will visit Malaysia.\n\nUnited Newswire: Reports say talks may resume. Can you confirm?\n\nLin Jian: I have "
                   "nothing to share at the moment.\n\nCCTV: What is your comment on the truce?\n\nLin Jian: The truce serves "
                   "both sides.")
    assert "United Newswire" not in people(asked)


def test_a_speaker_whose_name_holds_two_particles_is_named_after_said():
    _, x = run("Gallium licences\n\nBeijing agreed last year, after President Donald Trump met Xi Jinping, to suspend some "
               "restrictions.\n\n\"It is a carrot for Brussels,\" said Joost van der Linde, a minor metals analyst at a Rotterdam "
               "broker. \"Beijing is signalling that the door opens faster.\"")
    assert speakers(x) == Counter({"Joost van der Linde": 2})


def test_an_estimate_is_reported_speech_and_a_survey_is_a_body():
    _, x = run("Stockpiles\n\nSugimoto Hiroshi, a senior researcher at a Tokyo institute, estimates that Japan's reserves would "
               "cover \"a few months, not a few years\" of demand.\n\nThe U.S. Geological Survey estimates that China refines "
               "nine tenths of the supply.")
    assert speakers(x) == Counter({"Sugimoto Hiroshi": 1})
    assert "Geological Survey" not in people(x)


def test_said_the_role_then_the_name_names_the_speaker():
    _, x = run("Chip tools\n\nAn executive at a Japanese toolmaker said the company had been informed. \"Our customers in China are "
               "asking every week whether they will still receive service,\" said the executive, Takumi Hosokawa, who oversees "
               "the company's business in China.")
    assert speakers(x) == Counter({"Takumi Hosokawa": 1})


def test_a_speaker_who_gave_only_her_surname_is_a_person():
    _, x = run("Sham Shui Po traders\n\nIn Sham Shui Po, the mood was wary. At a stall selling graphics cards, a trader who gave "
               "only her surname, Ng, said customers still came every day. \"Too much trouble,\" she said of the high-end cards.")
    assert "Ng" in people(x)
    assert speakers(x) == Counter({"Ng": 1})


def test_a_lawmaker_s_party_tag_before_a_colon_introduced_quote():
    _, x = run("Morning trade\n\nSen. Elizabeth Warren (D-Mass.) went further in a statement to MT: \"The administration is auctioning "
               "off our national security one license at a time.\"")
    assert speakers(x) == Counter({"Elizabeth Warren": 1})


def test_a_singaporean_name_with_its_family_name_first_is_a_person_on_sight_and_two_given_names_stand_for_three():
    _, x = run("Chip cases\n\nA company director, Teo Kah Seng, faces fraud charges. Ms Nur Syafiqah Rahmat, executive director "
               "of the council, said members welcomed the clarity.\n\n“We are asking for templates, training and time,” "
               "Ms Nur Syafiqah added.")
    assert {"Teo Kah Seng", "Nur Syafiqah Rahmat"} <= set(people(x))
    assert "Nur Syafiqah" not in people(x)
    assert speakers(x) == Counter({"Nur Syafiqah Rahmat": 1})


def test_an_interview_s_two_answers_under_their_questions_and_an_official_unnamed_after_a_comma():
    _, x = run("Chip tools\n\nPrime Minister Sanae Takaichi spoke in the Diet last year.\n\n“We cannot ignore the risk of "
               "retaliation on rare earths,” a senior Economy, Trade and Industry Ministry official said.\n\nThe Kanto Shimpo "
               "interviewed Kazuhiro Moriwaki, senior managing executive officer of Hanamura Electron.\n\n— How important is "
               "the maintenance business in China?\n\nMoriwaki: Service and parts account for about a quarter of our China "
               "revenue.\n\n— What would Hanamura do under U.S.-style restrictions?\n\nMoriwaki: We would comply, of course.")
    assert speakers(x) == Counter({"Kazuhiro Moriwaki": 2})


def test_places_named_by_their_kind_and_a_firm_named_after_partners_are_no_people():
    _, x = run("Soybeans\n\nFarmers across the Corn Belt say the pace has not improved. Mount Kestrel's managing director, "
               "Siobhan Raftery-Nguyen, said it would help. The office at 1401 Constitution Ave NW said so. Former adviser "
               "Anthony Lake said so too. Lorenzo Achebe-Whitman, an analyst at Harrow & Vance Securities, wrote in a note, "
               "and Quintessa Lithography lost 6%, according to Prairie Ridge Commodities, a brokerage.\n\nThe site of Luyuan "
               "Advanced Film's plant in Kenitra.\n\nLuyuan Advanced Film, a Chinese maker of battery separator film, broke "
               "ground on a plant. \"It is close,\" Wei Shuhan, Luyuan's general manager, said.")
    assert set(people(x)) == {"Siobhan Raftery-Nguyen", "Anthony Lake", "Lorenzo Achebe-Whitman", "Wei Shuhan"}


def test_a_hyphenated_given_name_a_quotation_reopened_over_paragraphs_and_he_says_at_its_close():
    _, x = run("Lacq\n\nIts director, Jean-Baptiste Larrouy, does not hide his frustration. A chart hangs on his wall.\n\n« When "
               "Beijing announced its new controls in October, our phone rang every day for three weeks. Everyone wanted to "
               "know how many tonnes we could deliver.\n\n« Then Washington and Beijing reached their truce, Chinese prices "
               "fell back, and half of them stopped calling, » he says.\n\nIndustry Minister Roland Lescure said France would "
               "« not let its rare earth industry die ».\n\nEleven Hengsheng subsidiaries were named, and Clydeside was listed "
               "as an ‘affiliate’. The authors thank Minh-Anh Tran for research assistance.")
    assert speakers(x) == Counter({"Jean-Baptiste Larrouy": 1, "Roland Lescure": 1})
    assert set(people(x)) == {"Jean-Baptiste Larrouy", "Roland Lescure"}


def test_a_person_named_after_according_to_and_a_job_in_lower_case_is_a_person_who_speaks_later():
    _, x = run("Domestic toolmakers gain\n\nAt Hualing Semiconductor Equipment, based in the Lingang Special Area, new orders "
               "were roughly 40 percent higher than in October, according to vice-president Fang Zhiyuan.\n\n\"Customers used "
               "to ask us whether our machines were as good as the imported ones,\" Fang said.\n")
    assert "Fang Zhiyuan" in people(x)
    assert speakers(x) == Counter({"Fang Zhiyuan": 1})


def test_a_quote_signed_after_a_dash_is_the_signer_s_and_a_signed_pull_quote_repeating_the_text_counts_once():
    _, x = run("Hawks circle the chip deal\n\n\"We are not going to be lectured on China by people who sold them the factory.\" — "
               "Rep. Marisol Quintanilla-Reyes (D-Texas), on a House Republican conference call she says she was dialed into.\n")
    assert speakers(x) == Counter({"Marisol Quintanilla-Reyes": 1})
    _, x = run("Pentagon signs magnet deals\n\n“We are not going to build a 2030 arsenal on a 1990s supply chain,” Adaeze "
               "Whitfield, the deputy assistant secretary, told reporters at the Pentagon.\n\nIndustry groups have lobbied for "
               "a delay.\n\n“We are not going to build a 2030 arsenal on a 1990s supply chain.”\n— Adaeze Whitfield, Department "
               "of War\n")
    assert speakers(x) == Counter({"Adaeze Whitfield": 1})


def test_his_or_her_words_introduced_with_a_colon_are_the_person_the_sentence_before_was_about():
    _, x = run("Europe left out\n\nJörg Ammermüller-Sánchez, purchasing director at a supplier of electric motors near "
               "Stuttgart, said his company's licenses had been delayed twice. His assessment was brutal: \"We are collateral "
               "damage in a negotiation where we have no seat.\"\n")
    assert speakers(x) == Counter({"Jörg Ammermüller-Sánchez": 1})


def test_a_speaker_who_sums_up_the_u_s_view_before_a_colon_speaks_the_quotation_after_it():
    _, x = run("After Geneva\n\nTariff rates stay put. Treasury Secretary Scott Bessent summed up the U.S. view: “We have bought "
               "another year of stability, and we intend to use it.”\n")
    assert speakers(x) == Counter({"Scott Bessent": 1})


def test_the_job_of_someone_at_a_body_no_one_named_is_nobody_s_even_after_a_named_speaker():
    _, x = run("Leverage on loan\n\nTreasury Secretary Scott Bessent said after the meeting that rare earths were “flowing to "
               "American factories at the fastest pace since before the dispute.” Both statements can be true at once. “We are "
               "not told no. We are told wait,” said the procurement director of a European automaker, who requested "
               "anonymity.\n")
    assert speakers(x) == Counter({"Scott Bessent": 1})


def test_he_after_a_quotation_s_comma_is_the_surname_and_a_hong_kong_name_s_family_name_is_its_middle_word():
    _, x = run("Geneva talks\n\nChinese Vice Premier He Lifeng held the talks with the U.S. delegation.\n\n\"Facts have once again "
               "shown that both gain from cooperation,\" He said. \"Dialogue on an equal footing is the only correct way.\"\n")
    assert speakers(x) == Counter({"He Lifeng": 2})
    _, x = run("Hong Kong traders\n\nSecretary for Commerce and Economic Development Algernon Yau Ying-wah rejected the "
               "accusations. \"Hong Kong has a robust strategic trade control regime,\" Yau told reporters on Tuesday.\n")
    assert speakers(x) == Counter({"Algernon Yau Ying-wah": 1})


def test_mrs_without_its_full_stop_is_no_part_of_a_name_and_a_verb_s_ing_form_opening_a_quote_names_no_one():
    _, x = run("Hong Kong needs a firewall\n\nI spoke to a distributor in Kwun Tong, Mrs Rebecca Tsang Mei-ling, who has been in "
               "the business since 1991. \"I have nothing to hide,\" she told me.\n\nTsurumi Chemical closed down 7.8%. "
               "\"Listing Tsurumi would be a message, not a strategy,\" she said.\n")
    assert "Rebecca Tsang Mei-ling" in people(x) and not any(n.startswith(("Mrs", "Listing")) for n in people(x))


def test_a_quoted_phrase_after_defended_as_is_the_defender_s():
    _, x = run("Mexico's tariffs\n\nEconomy Secretary Marcelo Ebrard has defended the tariffs as a measure to protect Mexican "
               "jobs and \"strengthen the North American region\", and said in August that Mexico would \"not be anyone's "
               "trampoline\".\n")
    assert speakers(x) == Counter({"Marcelo Ebrard": 2})


def test_a_quotation_signed_with_a_job_of_two_lower_case_words_before_the_name_is_that_person_s():
    said = _said(
        "Two years ago the same parts would have covered a few days of production. "
        "\"Just in time was our religion,\" says chief executive Hans-Jürgen Vollmer. \"Now we practise just in case, and it "
        "costs us about 40 million euros.\"\n")
    assert said["Hans-Jürgen Vollmer"] == 2


def test_a_chinese_name_by_a_common_family_name_is_a_person_on_sight():
    seed = Seed(name="t.txt", text=(
        "Experts see chip self-reliance speeding up\n\nXiang Yunfei is an economist in Shanghai. Xiang said that \"the door "
        "of dialogue is always open, but dialogue must be on an equal footing.\"\n"))
    assert speakers(extract(parse(seed, REGISTRY), REGISTRY))["Xiang Yunfei"] == 1


def test_a_list_of_places_and_their_counts_is_no_transcript():
    said = _said(
        "BIS added 19 entities in four countries to the Entity List.\n\n"
        "China: 9 entities\n\nSingapore: 4 entities\n\nUnited Arab Emirates: 3 entities\n\nMalaysia: 3 entities\n\n"
        "\"Diversion will not be tolerated,\" said Secretary Howard Lutnick.\n")
    assert set(said) == {"Howard Lutnick"}


def test_a_quotation_after_a_colon_is_the_words_of_the_person_the_clause_is_about():
    said = _said(
        "A recycling plant is being built at Lacq by the start-up Terralys. Its "
        "founder, Mathieu Ferrand, is realistic about the scale: “We will cover a fraction of French needs, not all of them.”\n")
    assert said["Mathieu Ferrand"] == 1


def test_a_quotation_a_body_speaks_in_the_next_sentence_is_not_the_last_speaker_s():
    said = _said(
        "Jeffrey Kessler, the Under Secretary, said the bureau would \"use every tool "
        "available\" and coordinate with allies. The Chinese embassy in Washington called the rule \"another example of the "
        "abuse of export controls.\"\n")
    assert said["Jeffrey Kessler"] == 1


def test_a_quotation_signed_by_a_company_a_job_in_two_words_and_the_name_is_that_person_s():
    said = _said(
        "“This is the playbook we have seen every time,” said Wandoo "
        "managing director Fiona Leckie. “They flood the market, and the price falls through the floor.”\n")
    assert said["Fiona Leckie"] == 2


@pytest.mark.parametrize("body, expected", [
    # a name inside a relative clause is the clause's object: the pronoun after means the one who said
    ("Mr Desmond Lau Wei Jie, 44, faces two counts of fraud. Defence lawyer Rajesh Pillai Menon, who represents Mr Lau, said his client would contest the charges. “My client "
     "acted on the information given to him,” he told reporters.", {"Rajesh Pillai Menon": 1}),
    # a long title before the name after the quotation
    ('"We will not allow our technology to be funneled into the back door," Under Secretary of Commerce for Industry and '
     'Security Jeffrey Kessler said in a statement.', {"Jeffrey Kessler": 1}),
    # ... but not another clause's speaker after "while": Trump's words, not Xi's
    ('Trump told Xi Jinping they would have "a very successful meeting" and called him a tough negotiator, while Xi said '
     'the economies had frictions.', {"Donald Trump": 1}),
])
def test_who_said_it_across_a_relative_clause_and_a_long_title(body, expected):
    said = _said(body)
    assert {k: v for k, v in said.items() if k in expected or v} == expected


@pytest.mark.parametrize("body, expected", [
    # a given name after an honorific, as Malaysian and Indian names are used
    ("Bank Perdana chief economist Dr Kavitha Ramasamy said Malaysia was well placed. Mohd Faizal Abdullah, chief executive of "
     "Sinar Wafer, said his firm tags every lot.\n\nDr Kavitha said the government should help smaller firms. \"Compliance is "
     "becoming an infrastructure problem,\" she said.", {"Kavitha Ramasamy": 1}),
    # a long clause between the name and the colon that introduces the quotation
    ('Treasury Secretary Scott Bessent made a similar point to the Senate Finance Committee in September: "Predictability is '
     'itself a deliverable."', {"Scott Bessent": 1}),
])
def test_who_said_it_by_honorific_and_given_name_and_after_a_long_colon_clause(body, expected):
    said = _said(body)
    assert {k: said[k] for k in expected} == expected


def test_he_after_a_word_in_lower_case_is_the_family_name_not_the_pronoun():
    said = _said("U.S. Treasury Secretary Scott Bessent and Trade Representative Jamieson Greer are meeting Chinese Vice Premier "
                 "He Lifeng at the residence.\n\nChinese state news agency Xinhua "
                 'quoted He as saying the two sides should "meet each other halfway" and that unilateral restrictions "run '
                 'against the spirit" of the consensus.')
    assert said["He Lifeng"] == 2 and not said["Scott Bessent"]


def test_he_after_a_comma_is_the_family_name_too():
    said = _said('"Chinese enterprises invest in accordance with market principles," ministry spokeswoman He Yongqian said at a '
                 'news conference.\n\n"We urge the US side to correct its wrong practice," He said.\n\nThe rules have caused '
                 'concern among electronics manufacturers in Vietnam.\n\nAsked whether China would respond, He said the '
                 'ministry\'s management of dual-use items was "consistent and predictable" and that general licences "are '
                 'being handled in an orderly manner".')
    assert said["He Yongqian"] == 4


def test_a_chinese_given_syllable_the_text_also_writes_as_a_word_is_still_a_name():
    said = _said("Antimony ingot, 99.65% min, fell to $31,500 a tonne.\n\nZhou Min, sales director at Hengyang-based Xiangnan "
                 "Antimony Industry, said the company had received general licences.\n\n“We are a commercial company and we want "
                 "to sell,” Zhou told Oreline by phone.")
    assert said["Zhou Min"] == 1


def test_an_officer_of_state_named_by_a_title_no_common_role_word_holds_is_a_person_and_speaks():
    said = _said("Rosnah Kamaruddin, the ministry’s Strategic Trade Controller, set out the official position in a statement "
                 "on Friday:\n\n“Malaysia will not allow its territory to be used to circumvent the export controls of any "
                 "country.”")
    assert said["Rosnah Kamaruddin"] == 1


@pytest.mark.parametrize("body, expected", [
    # the one the writer asked answers: "His answer:"
    ("I asked Gareth Lomond, who ran the SME desk at BIS until 2024, whether the agency can police it. His answer: \"Enforcement "
     "will be about a few exemplary cases, not coverage.\"", {"Gareth Lomond": 1}),
    # a party's initials in brackets inside the title before the name
    ("“Every time Washington and Beijing shake hands, someone else pays the bill,” Chinese Nationalist Party (KMT) Legislator "
     "Yu Mei-hua said.", {"Yu Mei-hua": 1}),
    # "she added" after a quotation in a paragraph whose first sentence names no one: the last speaker goes on
    ("Chiang Wen-ling said the longer grace period would give the companies time.\n\nTaiwan’s talks with Washington on "
     "tariffs were “proceeding on their own track,” she added.", {"Chiang Wen-ling": 1}),
])
def test_who_said_it_when_asked_under_a_party_s_initials_and_going_on_in_the_next_paragraph(body, expected):
    said = _said(body)
    assert {k: said[k] for k in expected} == expected


def test_a_press_office_s_contacts_and_broadcasters_asking_at_a_briefing_are_no_people_and_a_foreign_minister_is():
    found = people(run("Zambian minister to visit China\n\nAt the invitation of Foreign Minister Wang Yi, Minister for Foreign Affairs of the Republic of Zambia "
                       "Mulenga Chisanga will pay an official visit to China from February 24 to 27.\n\nHuaxia Broadcasting: "
                       "What are China's expectations for this round of talks?\n\nGuo Jiakun: China's position is consistent "
                       "and clear.\n\n(For more information: Ilse Vandermeiren – Tel.: +32 2 295 61 84; Tomasz Wrzesiński – "
                       "Tel.: +32 2 298 77 03)")[1])
    assert "Mulenga Chisanga" in found
    assert not {"Huaxia Broadcasting", "Ilse Vandermeiren", "Tomasz Wrzesiński"} & set(found)


@pytest.mark.parametrize("body, expected", [
    # a Malay name's given name opening a sentence as its speaker, then "she said"
    ("Miti secretary-general Datuk Seri Hasnah Ramli said the change was meant to protect the country.\n\nMiti said companies "
     "that fail to declare could face penalties.\n\nHasnah said the ministry would hold a second round of consultations."
     "\n\n“We have listened, and we will keep listening, but June 1 stays,” she said.", {"Hasnah Ramli": 1}),
    # "he" going on after a phrase of time, in a paragraph with no quotation
    ("“We found out from a customer,” said Joost van der Heijden, the chief executive.\n\nVan der Heijden described it as "
     "“a start, and a hedge.”\n\nAt the end of the meeting, he walked to the window and "
     "pointed at the car park.\n\n“We used to plan five years ahead,” he said. “Now we plan to the next email.”",
     {"Joost van der Heijden": 4}),
    # a lower-case compound title before the name, in commas
    ("Industry groups asked for more time. The ministry’s secretary-general, Hasnah Ramli, was blunt: “we will keep "
     "listening, but June 1 stays.”", {"Hasnah Ramli": 1}),
])
def test_who_said_it_by_a_given_name_a_he_going_on_and_a_lower_case_title(body, expected):
    said = _said(body)
    assert {k: said[k] for k in expected} == expected


@pytest.mark.parametrize("body, expected", [
    # a Thai name, its given name alone as the speaker, "he" after the name in full
    ("Anucha Phromsiri runs one of them, a test house in Chachoengsao. When I visited, he had a printout of the rule.\n\n"
     "\"If they say yes, fine, I keep going,\" Anucha said.", {"Anucha Phromsiri": 1}),
    # "in A's words," before the quotation
    ("Packaging has become, in Under Secretary Jeffrey Kessler's words, \"a back door to frontier computing capability.\"",
     {"Jeffrey Kessler": 1}),
    # "has rejected that view, saying ..."
    ("U.S. Trade Representative Jamieson Greer has rejected that view, saying the packaging rule was \"a routine update of "
     "existing controls\" rather than an escalation.", {"Jamieson Greer": 1}),
    # a quotation after a long appositive and "said:", left open and closed in the next paragraph: one quotation
    ("Stéphane Séjourné, Executive Vice-President for Prosperity and Industrial Strategy, said: \"Resilience is not autarky. "
     "This mechanism gives them a stronger safety net while those projects come on line.\n\n\"It is also a signal that "
     "like-minded partners will coordinate rather than compete.\"", {"Stéphane Séjourné": 1}),
])
def test_who_said_it_by_a_thai_given_name_in_a_s_words_having_rejected_and_over_two_paragraphs(body, expected):
    said = _said(body)
    assert {k: said[k] for k in expected} == expected


def test_a_host_labelled_so_once_asks_under_every_label_of_theirs():
    body = ("Dana Whitlock talks with Nguyen Thi Lan Huong, vice chair of a furniture exporters' association.\n\n"
            "DANA WHITLOCK, HOST: Last summer, Vietnam agreed to a trade deal with the United States. A year on, exporters say "
            "the rules are unclear.\n\nNGUYEN THI LAN HUONG: Thank you. It is a pleasure to be here.\n\nWHITLOCK: So what is "
            "the problem, exactly?\n\nNGUYEN: A chair has fittings, hinges and fabric from many places.\n\nWHITLOCK: Has the "
            "government been able to get clarity?\n\nNGUYEN: They are trying.")
    said = _said(body)
    assert not said["Dana Whitlock"] and said["Nguyen Thi Lan Huong"] == 3


@pytest.mark.parametrize("body, expected", [
    # a sentence's "He" before a verb, after someone else was named in full, is the pronoun, not He Yongqian
    ("Ministry spokesman He Yongqian said the move was taken \"after careful assessment\".\n\nGao Feng, a professor of "
     "international economics, said the past year had shown that dialogue worked.\n\n\"Stability is a public good,\" Gao "
     "said.\n\nHe noted, however, that some in Washington continued to push for restrictions, which he said would \"undermine "
     "the hard-won positive atmosphere\".", {"He Yongqian": 1, "Gao Feng": 2}),
    # "Asked about ..., spokesperson A did not confirm ... . His answer was one sentence: "..."": the one asked
    ("Asked about the approvals at a regular briefing on Wednesday, commerce ministry spokesperson He Yadong did not confirm "
     "any individual licence. His answer was one sentence: \"Applications that comply with laws and regulations will be "
     "approved in accordance with the law.\"", {"He Yadong": 1}),
])
def test_he_after_another_named_in_full_is_the_pronoun_and_the_one_asked_answers(body, expected):
    said = _said(body)
    assert {k: said[k] for k in expected} == expected


def test_a_malaysian_chinese_name_s_first_syllable_is_the_family_name_a_later_mention_uses():
    said = _said("GEORGE TOWN: In a meeting room above the assembly lines of his company's plant, Ooi Boon Keat spreads out a "
                 "stack of paper that did not exist a year ago.\n\n\"Customers used to ask how fast,\" said Ooi, the chief operating "
                 "officer of Tanjung Microsystems, which tests and packages chips. \"Now they ask where from.\"\n\n"
                 "Ooi, for his part, said the paperwork was a price worth paying.")
    assert said["Ooi Boon Keat"] == 2


def test_a_programme_s_name_in_quotation_marks_after_where_it_airs_is_nobody_s_words():
    said = _said("\"The chips are not on the table,\" Bessent said in an interview on WBC News' \"Capitol Sunday.\" \"What is on "
                 "the table is rare earths and soybeans.\"")
    assert said["Scott Bessent"] == 2


def test_a_senator_s_party_and_state_as_a_newspaper_writes_them_before_said():
    said = _said("\"This is a tax on every family that buys a phone this Christmas,\" Sen. Harriet Vossberg (D., Mich.) said in a "
                 "statement.")
    assert said["Harriet Vossberg"] == 1


def test_the_role_a_later_sentence_names_is_the_one_the_text_gave_where_it_first_named_them():
    said = _said("Executives met Trade Minister Kim Han-soo in Seoul on Thursday.\n\nThe tariff takes effect on Nov. 1.\n\n"
                 "The formula was published on Wednesday.\n\n\"Under this formula, a plant that starts in 2029 "
                 "is worth nothing,\" chip maker CEO Park Jae-won told reporters.\n\nKim said he would raise the issue in "
                 "Washington.\n\nThe minister added that Korea had pledged more than any other country \"except perhaps Taiwan.\"")
    assert said["Kim Han-soo"] == 1 and said["Park Jae-won"] == 1


def test_a_quoted_fragment_of_someone_unnamed_is_nobody_s_not_the_last_speaker_s():
    said = _said("At a press conference on 3 June, Commissioner Maroš Šefčovič said that \"Europe will not outsource its export "
                 "control decisions to anyone.\" Beijing's response was sharper. A spokesperson for China's Ministry of Commerce "
                 "warned that European companies \"should not pay the price for others' mistakes.\"")
    assert said["Maroš Šefčovič"] == 1
    said = _said("Hanna Berg, chief commercial officer of Norrvik Magnetics, told us that her customers \"will sign anything in a "
                 "crisis.\" A floor that only one government honours, she said, \"is a floor with a trapdoor in it.\"")
    assert said["Hanna Berg"] == 2


def test_he_the_family_name_of_the_one_named_last_speaks_after_a_paragraph_that_names_no_one():
    said = _said("\"Such listings disrupt normal trade,\" ministry spokeswoman He Yadong said in Beijing.\n\n"
                 "The department's rule took effect on Friday and covers firms in three countries.\n\n"
                 "He said the listings \"hurt the interests of companies in third countries\" and urged a correction.")
    assert said["He Yadong"] == 2
    # ... but "He" after someone else named is the pronoun: the quote is not the spokeswoman's
    said = _said("\"Such listings disrupt normal trade,\" ministry spokeswoman He Yadong said in Beijing.\n\n"
                 "Trade lawyer Martin Okonjo has advised several of the listed firms.\n\n"
                 "He said the listings \"left his clients with weeks to find new suppliers\" and urged caution.")
    assert said["He Yadong"] == 1


def test_a_body_named_with_its_kind_first_is_no_person_and_a_footer_link_s_about_opens_no_name():
    said = _said("However, economist Dr Nurul Hidayah of Universiti Sains Perdana said the country had to avoid "
                 "\"being squeezed from both sides\", noting that China is its largest trading partner.")
    assert said == Counter({"Nurul Hidayah": 1})
    seed = Seed(name="q.txt", text="Talks go on in Jakarta\n\nJAKARTA, March 3 (Wire) -- Talks went on between Kestrel's "
                                   "negotiators and officials.\n\nKestrel said the talks would resume.\n\nAbout Kestrel\n")
    assert "About Kestrel" not in people(extract(parse(seed, REGISTRY), REGISTRY))


def test_what_someone_calls_a_thing_in_quotation_marks_is_theirs():
    said = _said("Tan Boon Huat, a member of Penang's state assembly, calls the rule \"a homework assignment written in "
                 "Washington for Malaysian firms\".")
    assert said == Counter({"Tan Boon Huat": 1})


def test_a_pull_quote_signed_on_the_line_under_it_is_its_signer_s_and_not_counted_twice():
    said = _said("\"What we will not do is walk away from customers we have served for fifteen years,\" said Anke Vogelsang, "
                 "chief executive of Rheintal Vakuum.\n\n\"We assume the scope of national rules may change,\" said Pieter "
                 "Dekkers, the finance chief of a Dutch toolmaker.\n\n\"We will not walk away from customers we have served "
                 "for fifteen years.\"\n\n— Anke Vogelsang, Rheintal Vakuum")
    assert said == Counter({"Anke Vogelsang": 1, "Pieter Dekkers": 1})


def test_a_participle_after_a_long_first_clause_quotes_its_subject():
    said = _said("Opposition legislator Chen Mei-hua urged the cabinet to negotiate with Washington to protect the island's "
                 "suppliers' plants on the mainland, saying Taipei should not be \"more American than the Americans.\"")
    assert said == Counter({"Chen Mei-hua": 1})


def test_the_writer_named_only_in_their_card_bio_or_credit_is_the_author_not_a_person_mentioned():
    seed = Seed(name="q.txt", text="Talks open in Jakarta\n\nBy Daniel Okoro-Lindholm\n\nJAKARTA, Oct 12 (Wire) - U.S. and Chinese "
                                   "negotiators opened talks on Monday, said Rizal Mahendra, a deputy minister.\n\nThe talks end on "
                                   "Tuesday.\n\n(Reporting by Daniel Okoro-Lindholm in Jakarta; Editing by Tom Hale)\n\nOur Standards: "
                                   "The Wire Trust Principles.\n\nSuggested Topics:\n\nTrade\n\nPurchase Licensing Rights\n\n"
                                   "Daniel Okoro-Lindholm\n\nWire\n\nDaniel Okoro-Lindholm covers trade policy and supply chains across "
                                   "Asia from Jakarta. She previously reported from Lagos.\n\nRead Next\n\nBusiness\n\nChina's rare earth exports "
                                   "rose 9% in September, customs data shows\n\nOctober 10, 2026\n\nTechnology\n\nDutch toolmakers "
                                   "weigh hit from U.S. subsystems rule\n\nOctober 3, 2026\n")
    named = people(extract(parse(seed, REGISTRY), REGISTRY))
    assert "Rizal Mahendra" in named and "Daniel Okoro-Lindholm" not in named


# Round 28 (blind56, blind58, blind-html88)

@pytest.mark.parametrize("body, speaker, count", [
    # a first clause with "did", then "but said"
    ('At a press conference, Economy Minister Hiroyuki Tanabe did not confirm the plan but said Japan "has always acted '
     'on its own judgment" on export controls.', "Hiroyuki Tanabe", 1),
    # what someone urged
    ('Chinese Foreign Ministry spokesperson Lin Jian urged Tokyo to "act independently."', "Lin Jian", 1),
    # a participle of description after a first clause
    ('Commerce Secretary Howard Lutnick struck a similar note in an interview the next day, describing the suspension as '
     '"a pause, not a repeal."', "Howard Lutnick", 1),
])
def test_round_28_attributions(body, speaker, count):
    assert _said(body)[speaker] == count


@pytest.mark.parametrize("title", ["Dato' Sri", "Dato’ Sri", "Tan Sri", "Datuk Wira", "Sheikh"])
def test_a_malaysian_or_gulf_form_of_address_is_no_part_of_the_name(title):
    said = _said(f'"Penang has fifty years of history, and this campus is how we grow," said {title} Ahmad Faris Rahman, '
                 "group managing director of Kenanga Semitech.")
    assert said == Counter({"Ahmad Faris Rahman": 1})


def test_a_minister_named_with_the_surname_in_capitals_answers_the_press_conference_s_questions():
    seed = Seed(name="q.txt", text="Press Conference by Minister of Economy, Trade and Industry Ryosei AKAZAWA (Excerpt)\n"
                                   "Friday, November 27, 2026\n\nOpening Remarks\n\nMinister Akazawa: Good morning. I have one "
                                   "announcement about the budget for the economic security fund.\n\nQ: On rare earths. Has the "
                                   "Government raised the delays with China?\n\nA: We have raised it on several occasions, most "
                                   "recently in Beijing on November 24.\n\nQ: Will Japan revise its servicing rules?\n\nA: Japan's "
                                   "export control system is applied appropriately.\n")
    extraction = extract(parse(seed, REGISTRY), REGISTRY)
    assert speakers(extraction) == Counter({"Ryosei Akazawa": 3})


def test_she_added_between_a_press_conference_s_turns_is_the_answering_spokesperson_s():
    seed = Seed(name="q.txt", text="Regular Press Conference of the Ministry of Commerce\n\nSpokesperson He Yongqian held a "
                                   "regular press conference.\n\nReuters: What will MOFCOM do?\n\nHe Yongqian: We have noted "
                                   "the relevant situation.\n\nBloomberg: And ASEAN?\n\nHe Yongqian: China and ASEAN are "
                                   "partners.\n\nShe added: \"China never seeks to make other countries choose sides.\"\n\n"
                                   "Xinhua: And trade?\n\nHe Yongqian: We will support trade.\n")
    assert speakers(extract(parse(seed, REGISTRY), REGISTRY)) == Counter({"He Yongqian": 4})


@pytest.mark.parametrize("body, speaker", [
    ('Economy Secretary Marcelo Ebrard has promised that Mexico will not become "a platform for anybody to evade American '
     'rules."', "Marcelo Ebrard"),
    ('"We accepted every condition because we have nothing to hide," chief executive Omar Bin Thaleth Al Suwaidi said.',
     "Omar Bin Thaleth Al Suwaidi"),
    ("Beijing's list is longer. Vice Premier He Lifeng's line about Washington having to \"correct its wrong practices\" "
     "was boilerplate.", "He Lifeng"),
])
def test_round_28_attributions_of_the_second_sets(body, speaker):
    assert _said(body) == Counter({speaker: 1})


def test_an_article_quoting_in_single_marks_after_said_that_and_after_a_long_colon_clause():
    said = _said("At a hearing on 18 November, Trade Minister Don Farrell said that Australia's reserve would 'prioritise "
                 "partners who share our values', but declined to say more.\n\nDr Amara Selvanathan of the University of "
                 "Western Australia made the point sharply at our Perth roundtable in October: 'We're building three "
                 "lifeboats and arguing over who gets the oars.'")
    assert said == Counter({"Don Farrell": 1, "Amara Selvanathan": 1})


def test_the_masthead_and_the_paper_its_company_s_copyright_names_are_no_people():
    seed = Seed(name="q.txt", text="Tariff Tides\n\nThe week the truce held\n\nBy Maya Lindgren\n\nGood morning, and welcome to the "
                                   "112th edition of Tariff Tides, where I read the ministries' websites for you.\n\n\"The "
                                   "talks will go on,\" said Jamieson Greer. Mr Al Kaabi told Khaleej Standard the racks "
                                   "are logged, and a reader wrote to Khaleej Standard about it.\n\nSubscribe to Tariff "
                                   "Tides.\n\nCopyright © 2026 Khaleej Standard Media. All rights reserved.\n")
    named = people(extract(parse(seed, REGISTRY), REGISTRY))
    assert "Tariff Tides" not in named and "Khaleej Standard" not in named and "Jamieson Greer" in named


def test_an_office_s_long_name_ending_in_a_plural_noun_names_no_one():
    seed = Seed(name="q.txt", text="UAE campus wins licences\n\nABU DHABI, Oct 3 (Wire) -- Omar Sultan Al Olama, Minister of "
                                   "State for Artificial Intelligence, Digital Economy and Remote Work Applications, said the "
                                   "shipments showed the UAE was \"a trusted partner in the most sensitive technology.\"\n")
    named = people(extract(parse(seed, REGISTRY), REGISTRY))
    assert not any("Applications" in n for n in named) and any("Al Olama" in n for n in named)


def test_a_street_named_first_by_its_kind_and_a_chemical_company_are_no_people():
    seed = Seed(name="q.txt", text="EU lists chip suppliers\n\nBRUSSELS, Oct 3 (Wire) -- Officials on Rue de la Loi said the list "
                                   "would grow. Staff at Rue de la Loi worked late.\n\nKurotani Chemical's plant supplies "
                                   "bonding films. \"We are not the target,\" said Satoshi Hirabayashi, president of Kurotani "
                                   "Chemical. Shares of Kurotani Chemical rose 2.1%.\n")
    named = people(extract(parse(seed, REGISTRY), REGISTRY))
    assert "Rue de la Loi" not in named and "Kurotani Chemical" not in named and "Satoshi Hirabayashi" in named


def test_a_guest_listed_in_full_over_the_episode_notes_is_the_titled_surname_in_them():
    a, x = run("THE TRADE DESK\n\nEPISODE 87: China answers the pump ban with silicone\n\nHost: Marcia Joseph-Henry\n"
               "Guests:\nDr. Keisha Samuel-Benjamin, nephrologist, Sir Lester Bird Medical Centre\n"
               "Desmond Francis-Thibou, trade lawyer\n\n"
               "Beijing answered the pump ban on Wednesday, and it chose its targets carefully.\n\n"
               "Dr. Samuel-Benjamin runs a dialysis unit that treats about 120 patients. \"What I fear is the tubing,\" "
               "she says. \"If silicone gets tight, everything with a line on it gets tight.\"")
    assert speakers(x) == Counter({"Keisha Samuel-Benjamin": 2})
    assert a.title == "EPISODE 87: China answers the pump ban with silicone"  # (not the guest list)


def test_a_numbered_publication_s_title_is_no_person():
    _, x = run("Caught between two bans\n\nBy Jane Doe\n\nHospitals in the Sahel depend on Chinese infusion pumps, \"and "
               "spare parts are the first casualty,\" said Aminata Diallo-Sow.\n\nCESAPS Policy Brief No. 11 sets out the "
               "numbers. Policy Brief No. 12 will follow in January.")
    assert set(people(x)) == {"Aminata Diallo-Sow"}


def test_a_name_with_a_legal_form_is_a_company_s_even_where_it_speaks():
    _, x = run("Camera maker launches home-only line\n\nTAIPEI, Oct. 10, 2026 /Formosa Business Wire/ -- Lanyang Optics Corp. "
               "today announced its Home-Only line of baby monitors.\n\n\"Parents told us they wanted a lock on the nursery "
               "door,\" said Lanyang Optics Corp. in a statement. \"We listened,\" said Chen Mei-hua, its president.\n\n"
               "About Lanyang Optics Corp.\nFounded in 1998, Lanyang Optics Corp. designs optical modules.")
    assert set(people(x)) == {"Chen Mei-hua"}


@pytest.mark.parametrize("address", ["Avenue de la Plage, Bujumbura", "Boulevard de la République, Djibouti",
                                     "Chemin des Vignes, Lausanne"])
def test_an_address_opening_with_its_street_s_kind_is_no_person(address):
    _, x = run("Rights group asks regulator to act\n\nBy Jane Doe\n\nThe group wrote to the regulator on Monday, and "
               f"\"the cameras must stop sending video abroad,\" said Clémence Nduwimana, its director.\n\n"
               f"Letters reach the group's office on {address} within a week.\n\n"
               f"Tanganyika Digital Rights Initiative · {address}")
    assert set(people(x)) == {"Clémence Nduwimana"}


@pytest.mark.parametrize("body, speaker", [
    ('Ambassador Cai Run was more measured in a speech in Ghent the same day, saying China remained "a reliable supplier '
     'to all who trade fairly".', "Cai Run"),
    ("The most consequential sentence may be Jeffrey Kessler's remark that BIS is \"looking hard at service, spare parts "
     "and remote support.\"", "Jeffrey Kessler"),
    ('German MEP Annika Rothkegel (Greens/EFA), who drafted it, said she was "not willing to let this be decided in a '
     'comitology room."', "Annika Rothkegel"),
])
def test_round_28_attributions_of_the_last_sets(body, speaker):
    assert _said(body) == Counter({speaker: 1})


@pytest.mark.parametrize("body, expected", [
    # a long apposition between the name and "said"
    ("“In the short term, China still needs our installed base,” Maarten de Vries, chief financial officer of Brabant "
     "Photonics, a Dutch supplier of optical modules for lithography tools, said on an earnings call on Tuesday.",
     {"Maarten de Vries": 1}),
    # a month's short form inside the clause before "saying"
    ('Chief Cabinet Secretary Minoru Kihara declined to comment on the stockpile figure on Jan. 21, saying only that the '
     'government was "taking every measure to ensure supply chain resilience."', {"Minoru Kihara": 1}),
    # what someone posted
    ('Scott Bessent, who left Geneva on Wednesday night for Washington, posted that the talks had been "constructive and '
     'candid."', {"Scott Bessent": 1}),
    # a who-clause that takes the name far back from the quotation's colon
    ('Senator Elise Marchetti-Dunn, who has a bill pending that would write the servicing rule into statute, emailed a '
     'one-liner on Friday: "A deferral is a retreat with a calendar attached."', {"Elise Marchetti-Dunn": 1}),
    # a body speaking after the person the sentence named first
    ('Ministry spokesperson Guo Jiakun said on January 20 that the United States "weaponizes trade and tech issues," and '
     'the Commerce Ministry promised "necessary measures."', {"Guo Jiakun": 1}),
    # the quotation's sentence ends; the next names someone else, who speaks later
    ('The Dutch trade ministry said it was in contact with Washington on "the scope and the transition period". Dutch '
     'Foreign Trade Minister Wouter Klaassens told reporters in The Hague that the government had not been asked to act. '
     '"We have our own licensing system," Klaassens said.', {"Wouter Klaassens": 1}),
])
def test_round_29_attributions_of_the_first_honest_set(body, expected):
    assert _said(body) == Counter(expected)


def test_the_second_of_the_writers_bios_in_one_paragraph_is_no_mention_of_a_person():
    _, extraction = run("Zuidas Dagblad\nNieuws\nMarkten\nTech\nInloggen\nAbonneren\nEN | Tech & Chips\n\"We cannot leave our "
                        "customers with a broken machine\": Dutch chip-tool servicers face a March deadline\nDutch engineers "
                        "who keep Chinese fabs running are being recalled. The government says it will set its own rules, "
                        "but the room to manoeuvre is small.\nSanne Verhoeven & Pieter van der Linden\nIn a business park "
                        "outside Eindhoven, Martijn de Groot keeps a map of China on the wall of his office, dotted with red "
                        "pins.\nFrom March 1, many of those pins will have to come down, a rule issued by the US Commerce "
                        "Department says.\nSanne Verhoeven is technologieredacteur. Pieter van der Linden is correspondent in "
                        "Den Haag.\nDelen\nReageer\nMeer over\nChina\n© 2027 Zuidas Dagblad B.V.\nPrivacy\n")
    assert "Pieter van der Linden" not in people(extraction)


@pytest.mark.parametrize("body, expected", [
    # a name with its particle after an office's title
    ('Minister for Foreign Trade Sanne de Vries-Hoekstra announced the measure on Wednesday.\n\n"Servicing is where the real '
     'capability lives," De Vries-Hoekstra wrote.', {"Sanne de Vries-Hoekstra": 1}),
    # a speaker "of our own center", and the next sentence after a footnote's number names someone else
    ('As Priyanka Venkataraman-Lowe of our own center told senators on February 10, the problem "has moved, not '
     'disappeared."3 Under Secretary Jeffrey Kessler conceded at the same hearing that Thailand was "earlier in that '
     'process" than Malaysia.', {"Priyanka Venkataraman-Lowe": 1, "Jeffrey Kessler": 1}),
])
def test_round_29_attributions_of_the_second_honest_set(body, expected):
    assert _said(body) == Counter(expected)


def test_a_staff_writer_s_name_in_capitals_is_the_author_and_her_bio_at_the_end_no_mention():
    _, extraction = run("Business\nJapan's magnet makers quietly stockpile as China slows rare-earth licenses\nHIROKI TAKAMURA, "
                        "KKJ staff writer\nFebruary 3, 2026 14:30 JST\n\nJapanese magnet makers are building stocks of "
                        "dysprosium, executives said.\n\nThe licences take 60 days now.\n\nHiroki Takamura is a Tokyo-based "
                        "reporter covering industry and materials.\n")
    assert "Hiroki Takamura" not in people(extraction)


def test_a_hearing_record_s_turn_whose_words_have_a_colon_is_still_its_speaker_s():
    _, extraction = run("HEARING ON CHIPS\n\nSenator HALVORSEN. Under Secretary, how many have produced a penalty?\nMr. KESSLER. "
                        "Senator, we have concluded six, with penalties totaling just over $310 million.\nMs. "
                        "VENKATARAMAN-LOWE. If I may add, Senator: the problem has moved, not disappeared. Our tracking "
                        "suggests a growing share.\nSenator HALVORSEN. Thank you.\n")
    assert speakers(extraction) == Counter({"Kessler": 1, "Venkataraman-Lowe": 1})


@pytest.mark.parametrize("body, expected", [
    # what a possessive's line to someone was
    ('The bridge bought 90 days. Scott Bessent\'s line to reporters was that negotiators would draft "a more durable '
     'arrangement that does not need renewing every quarter."', {"Scott Bessent": 1}),
    # a body that "has urged" after the person the paragraph quoted
    ('Dutch Economic Affairs Minister Joost van Arkel told parliament the review would be "thorough and without prejudice '
     'as to its outcome."² China\'s Foreign Ministry has urged The Hague to avoid "turning normal commercial cooperation '
     'into a security issue."³', {"Joost van Arkel": 1}),
])
def test_round_29_attributions_of_the_last_honest_set(body, expected):
    assert _said(body) == Counter(expected)


def test_a_job_that_points_back_at_the_one_the_paragraph_named():
    assert _said('In a hall outside Eindhoven, Joris Meulendijks points at a stack of steel frames. "Half of these go to '
                 'China," says the director of Meulendijks Precisie, a family firm with 140 employees.') == \
        Counter({"Joris Meulendijks": 1})


def test_a_mayor_is_a_title_not_part_of_her_name():
    assert _said('"Niihama grew up with the smelter, and we want it to have another hundred years," Mayor Yumiko Shiraishi '
                 'told reporters.') == Counter({"Yumiko Shiraishi": 1})


def test_a_broadcast_soundbite_names_its_speaker_and_his_job_in_brackets_before_the_colon():
    assert _said('[Soundbite] Kim Tae-hoon (Director, Korea Battery Industry Association): "Companies are paying for '
                 'warehouses instead of paying for research."') == Counter({"Kim Tae-hoon": 1})


@pytest.mark.parametrize("body, expected", [
    # a body, then a role in lower case, right before the name after "said"
    ('"China is doing what it always does when a competitor is about to start up," said Beagle Gulf managing director '
     'Bronwyn Tjakamarra-Ellis.', {"Bronwyn Tjakamarra-Ellis": 1}),
    # a place's phrase opening the sentence is no speaker in apposition
    ('Meanwhile, in Canberra, opposition resources spokeswoman Susan McDonald called for the Critical Minerals Facility to '
     'take equity in the refinery, arguing that "offtake alone will not survive a price war".', {"Susan McDonald": 1}),
    # a possessive's words set off by dashes
    ('Howard Lutnick\'s line — "If you build the back end of China\'s AI chip supply chain with American technology, you '
     'should expect to hear from us" — was the quote of the week.', {"Howard Lutnick": 1}),
    # a Taiwanese family name in Wade-Giles, the native spelling in brackets
    ('The department\'s deputy director-general, Lo Chia-hui (羅佳慧), told reporters on Friday that the review was "not a '
     'rejection."', {"Lo Chia-hui": 1}),
])
def test_round_30_attributions_of_the_first_honest_sets(body, expected):
    assert _said(body) == Counter(expected)


@pytest.mark.parametrize("body, expected", [
    ('Embassy spokesperson Xu Fei had earlier described US tariffs as "unilateral bullying that hurts everyone."',
     {"Xu Fei": 1}),
    ('Minister of State for Artificial Intelligence, Digital Economy and Remote Work Applications Omar Sultan Al Olama called '
     'the licence "a vote of confidence in the UAE\'s governance model." Al Olama spoke in Dubai.', {"Omar Sultan Al Olama": 1}),
])
def test_round_30_attributions_of_the_fourth_batch(body, expected):
    assert _said(body) == Counter(expected)


def test_as_someone_puts_it():
    assert _said('Claudia Benavides runs a plant in Monterrey. The risk, as Ms Benavides puts it, is "Chinese supply chains '
                 'with a Mexican address".') == Counter({"Claudia Benavides": 1})


def test_a_field_under_a_ministry_s_q_and_a_whose_value_is_a_number_is_no_one_s_turn():
    _, extraction = run("MOFCOM Spokesperson Answers Questions on Export Control Measures\n\nDate: 2027/09/18 20:36\n\n"
                        "A reporter asked: Could you explain the background of the announcement?\n\n"
                        "The spokesperson answered: The adjustment is a normal measure taken in accordance with the law.\n\n"
                        "A reporter asked: Is this a countermeasure?\n\n"
                        "The spokesperson answered: China firmly opposes the politicisation of trade issues.\n\n"
                        "Sponsor: Ministry of Commerce of the People's Republic of China\n\n"
                        "ICP Registration Number: 05004055\n")
    assert not any("Registration" in e.name for e in extraction.entities)
    assert not any(q.text.strip() == "05004055" for q in extraction.quotes)


def test_according_to_at_a_sentence_s_start_and_a_family_name_before_a_hyphenated_given_name():
    _, extraction = run("Taiwan adds Chinese firms to its list\n\nMelody Kwan, a director at Pacific Crest Forwarding, said "
                        "clients had asked about spare parts. According to Kwan, the notice does not make that clear, \"so "
                        "everyone is assuming the worst until somebody in Beijing says otherwise\".\n\n\"Taiwan's technology is "
                        "the result of decades of work,\" Deputy Minister Lien Chih-hao told a news conference.\n\nLien denied "
                        "that the timing was linked to US pressure. \"We make these decisions on the basis of our own national "
                        "security,\" he said.\n")
    assert speakers(extraction) == Counter({"Melody Kwan": 1, "Lien Chih-hao": 2})


def test_the_commission_s_executive_vice_president_is_a_title_not_a_person():
    _, extraction = run("Commission launches joint purchasing of magnets\n\nExecutive Vice-President for Prosperity and "
                        "Industrial Strategy, Stéphane Séjourné, said: \"Europe cannot plan its industrial future on licences "
                        "that can be granted and withdrawn in a week.\"\n")
    assert "Executive Vice-President" not in people(extraction)
    assert speakers(extraction) == Counter({"Stéphane Séjourné": 1})


def test_a_german_quotation_translated_between_dashes_and_according_to_a_name_and_her_job():
    _, extraction = run("German magnet makers weigh general licences\n\nHenrike Vollmer, chief executive of Magnetwerk Hanau, "
                        "was more cautious. „Eine allgemeine Lizenz ist besser als keine\" – a general licence is better than "
                        "none – she told Handelsbote. \"But it is still a licence. It can be withdrawn with a phone call.\"\n\n"
                        "According to Renata Albuquerque Lins, secretary of geology at the Ministry of Mines and Energy, \"Brazil "
                        "will not choose between partners; it will choose projects that leave value here.\"\n")
    assert speakers(extraction) == Counter({"Henrike Vollmer": 2, "Renata Albuquerque Lins": 1})


def test_a_paragraph_that_opens_she_added_goes_on_with_the_last_speaker_s_quotation():
    _, extraction = run("Carriers weigh the port fee truce\n\nAnjali Rao-Berger, chief commercial officer of Meridian Box Lines, "
                        "said her company had contingency rotations ready.\n\n\"We've done this once already, in 2025, and it "
                        "cost us a lot of money to learn,\" she said.\n\nShe added that customers were asking for surcharge "
                        "guarantees. \"Shippers want certainty on the surcharge for the first quarter, and we can't give it to "
                        "them.\"\n")
    assert speakers(extraction) == Counter({"Anjali Rao-Berger": 2})


def test_a_transcript_s_title_label_is_the_one_the_head_names_so_and_a_minister_s_transcript_by_title():
    article, extraction = run("Treasury Ministers\nTreasurer\nTranscripts\n\nPress conference, Perth\nThe Hon Jim Chalmers MP\n"
                              "Treasurer\n\nTranscript\nDate: Saturday, 27 March 2027\n\nTREASURER:\nThanks very much for coming "
                              "out this morning. The Government will bring forward $1.4 billion for rare earths.\n\nJOURNALIST:\n"
                              "Treasurer, the Geneva talks ended without any agreement. Is that a concern?\n\nTREASURER:\nWe "
                              "would welcome anything that brings more certainty to these markets.\n\nJOURNALIST:\nWill you "
                              "raise it with Washington?\n\nTREASURER:\nWe raise it at every level, and we will again.\n")
    assert speakers(extraction) == Counter({"Jim Chalmers": 3})
    _, extraction = run("Press Conference by Minister of Economy, Trade and Industry OKUDA Shinya (Excerpt)\n\nFriday, August 20, "
                        "2027\n\nQ: Yesterday the U.S. Department of Commerce announced restrictions on servicing. What is your "
                        "view?\n\nA: We are aware of the announcement made by the U.S. side and are in close communication.\n\n"
                        "Q: Are you concerned about the impact on domestic companies?\n\nA: I recognize that many Japanese "
                        "companies have business in China.\n\nQ: Are you worried about retaliation?\n\nA: We will respond "
                        "appropriately.\n")
    assert speakers(extraction) == Counter({"Okuda Shinya": 3})


def test_a_vietnamese_family_name_written_without_its_marks_after_a_long_title():
    _, extraction = run("Vietnam seeks carve-out\n\nDeputy Minister of Industry and Trade Truong Van Khiem said the request was "
                        "made in a letter last week.\n\n\"Vietnam does not make the chips,\" Khiem told a conference in Hanoi.\n")
    assert speakers(extraction) == Counter({"Truong Van Khiem": 1})


def test_a_quotation_whose_next_paragraph_says_that_was_its_speaker():
    _, extraction = run("Gallium exports are back\n\nOne witness put it better than I can:\n\n\"Every application tells Beijing "
                        "who buys what, how much, and for which customer.\"\n\nThat was Eli Brandt, who ran export enforcement "
                        "at the Commerce Department, talking about magnets.\n")
    assert speakers(extraction) == Counter({"Eli Brandt": 1})


def test_he_opening_a_sentence_is_the_pronoun_once_someone_else_was_named_since_he_yongqian():
    _, extraction = run("Ohio motor makers wait for magnets\n\nDwayne Kaczmarek keeps a whiteboard in his office at Cuyahoga "
                        "Precision Motors with two columns on it, one for what was promised and one for what landed.\n\n"
                        "\"It's a start,\" Kaczmarek says. \"But I've got 180 people on the floor.\"\n\nMinistry of Commerce spokesperson He Yongqian said the licences would "
                        "\"facilitate compliant trade for civilian purposes.\" Kaczmarek has that sentence taped to the "
                        "whiteboard.\n\n\"I believe they mean it,\" he says.\n\nKaczmarek has moved two lines to a four-day "
                        "week. He says he has not laid anyone off.\n\n\"Ask me again in April,\" he says.\n")
    assert speakers(extraction) == Counter({"Dwayne Kaczmarek": 4, "He Yongqian": 1})


def test_a_quotation_s_gloss_in_brackets_for_her_and_a_possessive_call():
    _, extraction = run("European gallium producers get a reprieve\n\nInterviewed on France Inter on Friday, the minister "
                        "delegate for industry, Bastien Laroque, said that France would « ne pas négocier sous la menace » (\"not "
                        "negotiate under threat\").\n\nInès Berrada, metals analyst at Banque Coligny, said the fall would not "
                        "last. Ms Berrada also points out that the text contains no commitment on the company. For her, this is "
                        "\"the real thermometer\" of the relationship.\n\nVice Premier He Lifeng's call to \"create conditions "
                        "for the next stage of consultations\" was not idle phrasing.\n")
    assert speakers(extraction) == Counter({"Bastien Laroque": 1, "Inès Berrada": 1, "He Lifeng": 1})


def test_a_broadcast_s_unlabelled_turns_are_its_guest_s_answers_and_its_anchors_questions():
    _, extraction = run("Ex-Commerce official Santangelo: New memory-chip curbs buy time, not a moat\n\n"
                        ">> Welcome back to \"Morning Exchange.\" I'm Dana Whitlock, alongside Marcus Obi. Chip stocks are mixed "
                        "this morning.\n\n>> Here to help us sort it out, Aurelio Santangelo, former assistant secretary of "
                        "Commerce. Is this a big deal or a tidy-up?\n\n>> It's a tidy-up with teeth, Marcus. Everybody in the "
                        "industry knew where the gap was.\n\n>> Beijing clearly didn't like it. How do you read that?\n\n"
                        ">> I read it as China deciding the framework is worth more to them than a fight right now.\n\n"
                        ">> Japan moved this week, though.\n\n>> Japan moved, and I think that's the bigger story. The toolmakers "
                        "kept asking us, why are we the only ones? Now they are not, and the rule has a partner at last.\n\n"
                        ">> Aurelio, we'll leave it there. Thank you.\n\n>> Thanks for having me.\n\n"
                        ">> Aurelio Santangelo, formerly of the Commerce Department. Stay with us.\n")
    assert speakers(extraction) == Counter({"Aurelio Santangelo": 4})


def test_confirmed_that_introduces_a_quotation():
    _, extraction = run("The January rule\n\nAt a briefing on January 7, Marisol Quintanar, a deputy assistant secretary at "
                        "BIS, confirmed that \"the pause stands as announced, and nothing in this rule is meant to reopen it.\"\n")
    assert speakers(extraction) == Counter({"Marisol Quintanar": 1})


def test_words_go_on_after_according_to_a_person_and_after_asked_he_paused():
    _, extraction = run("Goiás miner weighs offers\n\nAnalysts say the register could work in Brazil's favour. According to "
                        "Rodrigo Tavares, head of mining research at Ipê Capital, magnet makers want feedstock from outside "
                        "China. \"Every tonne separated outside China is a tonne outside the register.\"\n\nBut Stanley Kwok was "
                        "less optimistic. Asked whether his members would survive another year, he paused. \"Some will. The "
                        "ones with lawyers.\"\n")
    assert speakers(extraction) == Counter({"Rodrigo Tavares": 1, "Stanley Kwok": 1})


def test_a_transcript_turn_s_own_quotation_marks_are_its_speaker_s_turn_and_a_one_word_answer_is_a_turn():
    _, extraction = run("The Supply Line, Episode 141\n\nNaomi Feldstein-Ruiz  00:00:04\nWelcome to The Supply Line. I'm Naomi "
                        "Feldstein-Ruiz. Rachel, Kaiwen, welcome.\n\nRachel Thornbury  00:00:19\nThanks, Naomi. Good to be "
                        "back.\n\nZhou Kaiwen  00:00:21\nThank you for having me.\n\nNaomi Feldstein-Ruiz  00:00:23\nLet me read "
                        "something from a listener. She wrote, \"our supplier has asked us for the names of our end customers "
                        "three tiers down.\" Kaiwen, is that what the register requires?\n\nZhou Kaiwen  00:00:40\nNot exactly. "
                        "We called this \"paper that walks\" at the ministry.\n\nNaomi Feldstein-Ruiz  00:01:02\nRachel, is "
                        "that right?\n\nRachel Thornbury  00:01:04\nExactly.\n")
    assert speakers(extraction) == Counter({"Rachel Thornbury": 2, "Zhou Kaiwen": 2})


def test_a_pronoun_going_on_with_the_last_speaker_and_a_quotation_under_the_paragraph_that_names_who_posted_it():
    _, extraction = run("HBM rule\n\nManagement was direct at our roadshow. \"We have submitted our application,\" CFO Eric Lo "
                        "told us.\n\nWe think that makes it the easiest audit in Taiwan.\n\nOn the question of grey-market "
                        "demand, he was equally clear: \"We will not take a single new HBM order from a customer we cannot "
                        "name.\"\n\nThe EU is watching closely. Trade commissioner Maroš Šefčovič posted on X:\n\n\"Any "
                        "understanding on rare earths must not come at the expense of Europe's manufacturers.\"\n")
    assert speakers(extraction) == Counter({"Eric Lo": 2, "Maroš Šefčovič": 1})


def test_a_radio_script_s_sound_bite_label_names_the_speaker_of_the_quotation_under_it_and_a_councillor_s_cr():
    _, extraction = run("HBM rule takes effect\n\nHanseong Semiconductor's vice president, Choi Min-seok, said its lines had "
                        "been approved.\n\n[Sound bite: Choi Min-seok - Vice President, Hanseong Semiconductor (Korean)]\n"
                        "\"Our lines in Icheon passed the audit last week. We expect no interruption this quarter.\"\n\n"
                        "Cr Glenys Achterberg said the refinery would \"change the town\" and called it \"a second life for "
                        "Kalgoorlie\".\n")
    assert speakers(extraction) == Counter({"Choi Min-seok": 1, "Glenys Achterberg": 2})


def test_a_family_name_alone_as_a_later_label_is_the_one_its_first_turn_printed_first():
    _, extraction = run("After Stockholm: can the truce survive?\n\nJune 27, 2028\n\nFeaturing Qin Lanfang, Professor of "
                        "International Trade, Jiangnan Institute of Finance and Economics\n\n"
                        "ELAINE MOSSBERG-TATE: Good morning. Professor Qin, is that how Beijing reads it?\n\n"
                        "QIN LANFANG: Not exactly. In Beijing, the sequence matters more than the instrument.\n\n"
                        "MOSSBERG-TATE: What does Beijing do next?\n\n"
                        "QIN: I would watch two things: the magnet declarations and domestic substitution.\n\n"
                        "MOSSBERG-TATE: And in Geneva?\n\n"
                        "QIN: China raised it at the Goods Council last week, so it has already started.\n")
    assert speakers(extraction)["Qin Lanfang"] == 3


def test_the_title_alone_capitalised_as_the_subject_is_the_one_named_with_it_before():
    _, extraction = run("Trade council meets\n\nJune 3, 2026\n\nDirector-General Ngozi Okonjo-Iweala urged members to "
                        "talk. She said: \"We cannot let this happen by default.\"\n\nThe Director-General said members "
                        "should \"lower the temperature\" at once.\n")
    assert speakers(extraction)["Ngozi Okonjo-Iweala"] == 2


def test_an_interview_s_initials_as_labels_after_the_full_name_and_a_rhetorical_question_inside_an_answer():
    _, extraction = run("Tay Bac's chief on selling to America\n\n15/08/2026\n\nSaigon Markets Review: You signed with an "
                        "American company. Was the timing deliberate?\n\nTrần Quốc Bảo: Not at all. We have been "
                        "negotiating since last year.\n\nSMR: Who is calling?\n\nTQB: Japanese magnet makers and two "
                        "European carmakers. Everybody wants heavy rare earths.\n\nSMR: Does Tay Bac depend on China?\n\n"
                        "TQB: For processing, yes. Who else could do it? Nobody, for now, and we say so openly.\n")
    assert speakers(extraction)["Trần Quốc Bảo"] == 3


def test_a_podcast_s_host_named_in_its_notes_as_hosting_it_quotes_nothing():
    _, extraction = run("Inspectors at the door\n\nAugust 18, 2026 · 14 min\n\nHosted by Julian Arkwright.\n\n"
                        "[00:00:04] Julian Arkwright: Welcome back. Funmi, is this a trade measure?\n\n"
                        "[00:00:31] Funmilayo Adeyemi-Park: It's both, and that's what makes it clever.\n\n"
                        "[00:01:12] Julian Arkwright: So the ambiguity is a feature.\n\n"
                        "[00:01:19] Funmilayo Adeyemi-Park: Legal, probably. Wise, not for anyone who buys magnets, "
                        "and they know it.\n\n"
                        "[00:01:58] Julian Arkwright: We'll come back to that after a quick break.\n\n"
                        "[00:02:01] Funmilayo Adeyemi-Park: The lesson has been taught either way.\n")
    counted = speakers(extraction)
    assert counted["Funmilayo Adeyemi-Park"] == 3 and counted["Julian Arkwright"] == 0


def test_quoted_him_as_saying_gives_the_partials_to_the_one_named_before_and_a_trade_before_a_name_is_no_name():
    _, extraction = run("Talks open\n\nJune 3, 2026\n\nThe Chinese delegation arrived later. He Lifeng did not speak to "
                        "reporters, but the state news agency quoted him as saying that China was willing to \u201cmeet "
                        "the US side halfway\u201d if Washington \u201ccorrected its wrong practices\u201d.\n\n"
                        "Electrician Muthu Krishnan has spent three years wiring server halls. \u201cThe work will go "
                        "where the chips go,\u201d he said.\n")
    counted = speakers(extraction)
    assert counted["He Lifeng"] == 2 and counted["Muthu Krishnan"] == 1


def test_a_release_s_quotations_signed_once_under_them_an_elided_name_and_a_rule_s_term_before_status():
    _, extraction = run("Minister orders divestiture\n\nSeptember 7, 2026\n\nToday the Minister announced an order, "
                        "officials said.\n\nQuotes\n\n\"Canada is open for business, and we will keep welcoming investors.\"\n\n"
                        "– The Honourable Mélanie Gauthier-Roy, Minister of Industry\n\n\"Quebec's aluminium industry has "
                        "been producing residues for decades.\"\n\n\"This is exactly the kind of project our strategy was "
                        "designed for.\"\n\n– The Honourable Arjun Sandhu-Lévesque, Minister of Energy and Natural "
                        "Resources\n\n\"We share the American objective,\" Camille Bérard-N'Diaye, France's minister "
                        "delegate for digital affairs, told reporters. She said the Commission would ask Washington to "
                        "recognise EU screening as equal to the US \"verified data centre\" status.\n")
    counted = speakers(extraction)
    assert counted["Mélanie Gauthier-Roy"] == 1 and counted["Arjun Sandhu-Lévesque"] == 2
    assert counted["Camille Bérard-N'Diaye"] == 1


def test_a_pronoun_s_short_sentence_of_mood_before_a_quotation_goes_on_with_the_last_speaker():
    _, extraction = run("Prices double\n\nAugust 16, 2026\n\nHenrik Aaltonen, who trades minor metals in Rotterdam, says he "
                        "has sold more this month.\n\n\"Japanese trading houses are releasing material they bought in 2025 "
                        "and never needed.\"\n\nHe was blunter about what comes next. \"When the Japanese inventory is "
                        "gone, the price is whatever the next buyer will pay.\"\n\nShe was never told why. \"We simply "
                        "stopped getting answers from the licensing office,\" a trader said.\n")
    assert speakers(extraction)["Henrik Aaltonen"] == 2


def test_a_federal_register_sidebar_a_footer_link_and_a_demonym_are_no_people():
    seeds = [FIXTURES / "blind92" / "5494_federalregister_section232_rare_earth_magnets.txt",
             FIXTURES / "blind90" / "5440_manilaledger_mobile_wafer_origin_tariff.txt",
             FIXTURES / "blind93" / "5515_bedrockweekly_northern_cape_rare_earths_buyers.txt"]
    people = {e.name for seed in seeds for e in analyse(seed, REGISTRY)[1].entities if e.kind == "person"}
    assert not people & {"Enhanced Content", "Privacy Policy", "South African"}


def test_an_arabic_name_s_capitalised_al_stays_inside_the_name_after_a_long_office():
    _, extraction = run("Gulf Beacon\nUAE drone makers court buyers\nBy Sara Haddad\nDUBAI - Minister of State for Foreign "
                        "Trade Dr Hamdan Al Marri told a trade forum that the UAE would \"not take sides in disputes between "
                        "our friends\" and would keep its markets open.\n\nMore talks are planned, officials said.\n")
    assert "Hamdan Al Marri" in people(extraction)
    assert speakers(extraction)["Hamdan Al Marri"] == 1


def test_a_british_police_chief_s_rank_is_his_role_not_his_name():
    _, extraction = run("The Harbinger\nPolice forces review Chinese drones\nBy Ellen Marsh\nLONDON - \"We cannot ground "
                        "every drone we fly tomorrow,\" said Chief Constable Morwenna Tregarthen, the police chiefs' lead "
                        "for drones.\n\nThe Home Office said the review would report in spring.\n")
    assert "Morwenna Tregarthen" in people(extraction)
    assert not any(name.startswith(("Chief", "Constable")) for name in people(extraction))


def test_a_retired_officer_s_bracketed_rank_before_his_name_still_attributes_his_quote():
    _, extraction = run("Udyog Times\nDrone makers see US orders\nBy Meera Nair\nNEW DELHI - \"We have had more US enquiries "
                        "in ten days than in all of last year,\" said Col. (retd) Arjun Malhotra, president of the drone "
                        "makers' association. \"Now the Chinese are out of that market.\"\n\nMore follows, officials said.\n")
    assert speakers(extraction)["Arjun Malhotra"] == 2


def test_a_double_barrelled_name_whose_second_half_is_a_mac_name_is_a_name():
    _, extraction = run("NBS News\nCanada reviews drones\nBy Tom Li\nOTTAWA - Public Safety Minister Fiona Dhillon-MacLeod told "
                        "reporters that Canada \"is not going to copy and paste American rules\" on drones.\n\nMore follows, "
                        "officials said.\n")
    assert speakers(extraction)["Fiona Dhillon-MacLeod"] == 1


def test_a_minister_s_turns_under_his_family_name_printed_first_in_capitals_in_the_title():
    # "Press Conference by Minister of Economy, Trade and Industry TSUCHIYA Kazunori (Excerpt)" over "Minister TSUCHIYA:"
    _, extraction = analyse(FIXTURES / "blind94" / "5538_meti_minister_press_conference_oct13.txt", REGISTRY)
    assert speakers(extraction)["Tsuchiya Kazunori"] == 5
    assert not any(name.startswith("Industry") for name in people(extraction))


def test_a_us_state_named_twice_is_a_place_not_a_person():
    _, extraction = run("Valley Gazette\nFarmers weigh drone ban\nBy Kari Olson\n\nMost spray drones sold in North Dakota come "
                        "from two Chinese makers, dealers said. Farmers in North Dakota flew them over 400,000 acres last "
                        "year, officials said.\n")
    assert "North Dakota" not in people(extraction)
    assert any(e.name == "North Dakota" and e.kind == "place" for e in extraction.entities)


def test_a_report_s_contents_line_names_no_one():
    # "Contents" / "Executive Summary ........ 1" / ... then "Executive Summary" over the text: a part, no person
    _, extraction = analyse(FIXTURES / "blind94" / "5547_kestrelcenter_report_exec_summary_yttrium.txt", REGISTRY)
    assert "Executive Summary" not in people(extraction)


def test_the_firm_a_person_owns_is_no_person_though_the_attribution_follows_it():
    _, extraction = run("Valley Gazette\nFarmers weigh drone ban\nBy Kari Olson\n\nGunnar Haugland, who owns Red River Aerial, a "
                        "dealer in Fargo, said he had sold 61 spray drones this year, officials said.\n")
    assert "Gunnar Haugland" in people(extraction)
    assert "Red River Aerial" not in people(extraction)


def test_a_person_of_one_name_with_a_job_and_a_quote_is_a_person_but_a_body_or_a_surname_is_not():
    _, extraction = run("Nusantara Post\nDrone makers eye Batam\nBy Aditya Nugraha\n\nWidodo, a logistics manager for a "
                        "freight forwarder at Batu Ampar, said his company had handled several shipments this month.\n\n"
                        "\u201cEverybody is asking for space, but nobody has signed,\u201d Widodo said.\n\nSolidaritas, the "
                        "dockworkers' union, said it would seek a meeting.\n")
    assert speakers(extraction)["Widodo"] == 1
    assert "Solidaritas" not in people(extraction)


def test_a_navy_s_flag_rank_before_a_name_with_an_initial_is_a_title():
    _, extraction = run("Dhaka Chronicle\nPort chief reviews crane tender\nBy Jane Okafor\n\n\"We want to make sure that whatever we "
                        "buy today does not become a problem tomorrow,\" CPA Chairman Rear Admiral M Tanvir Hasan told the paper on "
                        "Sunday. \"The United States is our largest export market.\"\n")
    assert speakers(extraction)["M Tanvir Hasan"] == 2
    assert "Rear Admiral" not in people(extraction)


def test_a_firm_before_a_role_in_lower_case_or_before_a_which_clause_is_no_person():
    _, extraction = run("La Voz\nTerminal keeps US software\nBy Ana Ruiz\n\n\"Our system works,\" says Caribe Contenedores "
                        "president Juan Pablo Arango Restrepo.\n\nCartagena's Caribe Contenedores handles transshipment cargo, "
                        "officials said.\n\nStevedore Sirius Stevedoring, which operates terminals in Sydney, said it \"welcomed "
                        "the clarity\" of a review.\n")
    assert speakers(extraction)["Juan Pablo Arango Restrepo"] == 1
    assert not {"Caribe Contenedores", "Stevedore Sirius Stevedoring"} & set(people(extraction))


def test_attributions_after_a_firm_s_possessive_a_long_lower_case_role_or_an_apposition_s_comma():
    _, extraction = run("Haven Post\nTerminals want answers\nBy Ana Ruiz\n\n\"We don't expect to rip out cranes,\" said Kade's "
                        "chief technology officer, Joris Wenting. \"But we want to know who can log into what.\"\n\n\"If they "
                        "change the cranes, they will change them for machines without drivers,\" said union port coordinator "
                        "Niels Ouwehand.\n\n\"A large part of our cargo goes to the United States,\" the company's general "
                        "manager, Álvaro Benavides Castañeda, said.\n")
    quoted = speakers(extraction)
    assert (quoted["Joris Wenting"], quoted["Niels Ouwehand"], quoted["Álvaro Benavides Castañeda"]) == (2, 1, 1)


def test_a_partial_quote_is_not_given_to_the_speaker_of_the_next_sentence():
    _, extraction = run("La Voz\nTerminal keeps US software\nBy Ana Ruiz\n\n\"Our system works,\" says terminal president Juan "
                        "Pablo Arango Restrepo.\n\nChina opened the probe on January 19, alleging \"abuse of market position\" "
                        "by Keelson. Arango says no shipping line has raised the issue.\n\n\"If it happens, we will talk,\" he "
                        "says.\n")
    assert speakers(extraction)["Juan Pablo Arango Restrepo"] == 2  # (his two, "Arango says" his; the probe's words not)


def test_an_interview_s_answers_are_the_one_the_paper_spoke_with_though_another_is_named_after():
    _, extraction = run("Tangier Post\nInterview: Crane war is an opportunity\nBy Youssef Alaoui\n\nTangier – Tangier Post spoke "
                        "with Karim Bennani-Smires, a former terminal director and now a consultant.\n\nKorean crane maker Daesan "
                        "said it had opened an office. Its vice-president, Choi Min-seok, said it wanted to be \"the partner of "
                        "choice for Atlantic ports\".\n\nWhat does the dispute mean for Tanger Med?\n\nDirectly, not much. Our "
                        "terminals serve shipping lines.\n\nAre terminals exposed to Chinese software?\n\nLike everybody, yes. "
                        "The question is who has the keys.\n\nWho gains?\n\nIn the short term, the Finnish and Korean makers.\n")
    assert speakers(extraction)["Karim Bennani-Smires"] == 3


def test_the_paper_named_without_its_kind_or_set_in_capitals_over_the_text_is_no_person():
    _, extraction = run("Al Waha Express\nSaudi ports weigh cranes\nBy Hala Noor\n\n\"Our priority is that our ports stay open,\" "
                        "Turki Al-Suwailem told Al Waha Express.\n")
    assert "Al Waha" not in people(extraction)
    _, extraction = run("‹ Volver\nLA VOZ DEL CARIBE\nTerminal keeps US software\nBy Ana Ruiz\n\nKeelson's regional director, "
                        "Marcus Hollingworth, visited Cartagena. In an interview with La Voz del Caribe, he described the "
                        "probe as \"a political message\".\n")
    assert "La Voz del Caribe" not in people(extraction)
    assert speakers(extraction)["Marcus Hollingworth"] == 1


def test_sovereign_states_of_two_words_are_places_not_people():
    _, extraction = run("Colombo Mirror\nPort row\nBy Nimal Perera\n\nEconomist Anushka Wijesinghe said Sri Lanka's interest was "
                        "in staying neutral, and that Costa Rica and Sierra Leone faced the same choice.\n")
    assert not {"Sri Lanka", "Costa Rica", "Sierra Leone"} & set(people(extraction))
    assert {"Sri Lanka", "Costa Rica", "Sierra Leone"} <= {e.name for e in extraction.entities if e.kind == "place"}


def test_the_rest_of_a_body_s_name_after_its_kind_in_another_language_is_no_person():
    _, extraction = run("Curierul Dunării\nAntibiotic plants\nBy Ioana Munteanu\n\nAnalyst Raluca Ionescu-Tănase of the think tank "
                        "Centrul pentru Politici de Sănătate noted that earlier efforts produced few plants.\n\n\"Money for "
                        "factories is the easy part,\" she said.\n")
    assert "Politici de Sănătate" not in people(extraction)
    assert speakers(extraction)["Raluca Ionescu-Tănase"] == 1


def test_a_company_by_its_legal_form_without_full_stops_or_by_what_its_apposition_calls_it():
    _, extraction = run("Pampa Económica\nHeparin from cattle\nBy Ana Ruiz\n\nHeparinas del Plata SA extracts heparin from "
                        "bovine mucosa, officials said.\n\nBahlui Farm SA, which makes antibiotics in Iași, said it was ready.\n\n"
                        "Nordsee Laborwerk, a Hamburg company, said it would bid too.\n")
    assert not {"Heparinas del Plata", "Bahlui Farm", "Nordsee Laborwerk"} & set(people(extraction))


def test_an_interview_s_questions_under_the_paper_s_own_name_are_nobody_s_quotes():
    _, extraction = run("We use cookies. OK\nACCRA BEACON\nHealth\nInterview: Africa will pay the bill\nBy Kwabena Asamoah-Duah\n\n"
                        "Dr Efua Mensah-Bonsu leads the hospital pharmacists' society.\n\nAccra Beacon: Should patients be "
                        "worried?\n\nEfua Mensah-Bonsu: Not yet. Stocks are fine.\n\nAccra Beacon: Which medicines are "
                        "exposed?\n\nEfua Mensah-Bonsu: Heparin first.\n\nAccra Beacon: What should government do?\n\nEfua "
                        "Mensah-Bonsu: Buy early.\n")
    assert "Accra Beacon" not in people(extraction)
    assert speakers(extraction)["Efua Mensah-Bonsu"] == 3


def test_a_consultant_by_his_trade_an_indonesian_by_her_given_name_and_a_minister_with_two_given_names():
    _, extraction = run("Gridletter\nIntegrators scramble\nBy Ana Ruiz\n\nConsultant Tobias Wendehorst of Kaskade Energy "
                        "Advisors thinks the pressure will reach Europe. \"Utilities will ask for the same certificate,\" he "
                        "said.\n\n\"On paper the material is Indonesian,\" said Adinda Kusumawardani, an analyst in Jakarta.\n\n"
                        "\"If exports fall, demand for nickel also falls,\" said Adinda. \"We are inside the chain.\"\n\n"
                        "Federal Minister for Power Arshad Mehmood Bhatti said Pakistan welcomed \"affordable and clean energy "
                        "solutions\" from all countries.\n\nHendra Sitompul, president director of PT Sulawesi Karbon Anoda, "
                        "said the line would start in October.\n")
    assert {"Tobias Wendehorst", "Arshad Mehmood Bhatti"} <= set(people(extraction))
    assert not {"Mehmood Bhatti", "Karbon Anoda"} & set(people(extraction))
    assert speakers(extraction)["Adinda Kusumawardani"] == 3
    assert speakers(extraction)["Tobias Wendehorst"] == 1


def test_a_city_a_district_or_a_ridge_is_no_person_nor_a_company_named_for_its_trade():
    _, x = run("Cloud rules bite\n\nEngineers at a data centre in HCM City's Thủ Đức City said work had slowed. Lê Minh "
               'Khoa, chief executive of Mây Xanh AI, said "the review is slow." Khoa said Mây Xanh AI would buy back the '
               'stake.\n\nCouncillor Peter Blenkinsop said "East Durham needs the jobs," and residents near Hawthorn Ridge '
               "agreed. East Durham has waited years.\n")
    assert set(people(x)) == {"Lê Minh Khoa", "Peter Blenkinsop"}
    assert speakers(x) == Counter({"Lê Minh Khoa": 1, "Peter Blenkinsop": 1})


def test_the_minister_said_is_the_minister_named_before_and_not_another_s_title():
    # (a ministry's notice, its headline and caption naming "Minister" alone: '"...," the Minister said at the signing')
    notice = next((FIXTURES / "blind110").glob("5781_*.txt"))
    _, x = analyse(notice, REGISTRY)
    assert speakers(x) == Counter({"Ketevan Mchedlidze-Gogua": 3, "Davit Gvasalia-Kiknadze": 1})
    _, x = run("Talks extended\n\nSecretary Scott Bessent, who has met Vice Premier He Lifeng many times, welcomed it.\n\n"
               '"Stability is not complacency," the Secretary added.\n')
    assert speakers(x) == Counter({"Scott Bessent": 1})


def test_the_minister_the_text_never_names_says_nothing_for_the_one_asked():
    _, x = run("Committee hearing\n\nQ120 Chair: Dr Miriam Oduya-Kent, finally, the Minister told us last month that the "
               'approach was "engage, challenge and protect". Is that still right?\n')
    assert "Miriam Oduya-Kent" not in speakers(x)


def test_a_company_s_last_words_or_a_profession_are_read_as_such():
    _, x = run("Heparin in Zambia\n\nZambia Medical Stores Limited said it monitors supply risks. Chanda Mulenga Phiri, the "
               "hospital's pharmacist-in-charge, keeps the list.\n\n"
               '"We order heparin through Medical Stores, and Medical Stores buys it by tender," she told me.\n')
    assert "Medical Stores" not in people(x)
    assert speakers(x) == Counter({"Chanda Mulenga Phiri": 1})


def test_balinese_names_keep_their_opener_and_birth_order_name_whatever_the_text_writes_in_lower_case():
    _, x = run("Bali grid asks questions\n\nDENPASAR — The batteries were made in China.\n\n"
               '"We found three links," said I Gede Darmayasa, general manager of the Bali unit. Darmayasa said more would follow.\n\n'
               "For Ni Made Kristiani, a researcher at Udayana University, the island must train its own people. "
               '"We cannot wait for a technician from Shenzhen," she said.\n\n'
               "The governor, Anak Agung Gde Raka Wiryawan, has asked for a report. I made my point; I Made It Happen is a film.\n")
    assert {"I Gede Darmayasa", "Ni Made Kristiani", "Anak Agung Gde Raka Wiryawan"} <= set(people(x))
    assert not {"Gede Darmayasa", "Kristiani", "I Made It Happen"} & set(people(x))
    assert speakers(x) == Counter({"I Gede Darmayasa": 1, "Ni Made Kristiani": 1})


def test_malay_and_iban_names_keep_the_father_s_title_and_name_after_bin_or_anak():
    _, x = run("Satellite link in limbo\n\n\"We have not cancelled anything,\" AITI's chief executive, Awang Haji Mohd Hazwan bin "
               "Haji Ismail, told a briefing. Mohd Hazwan said the bidders would be asked again.\n\n"
               "Jimbai anak Ringgit, the longhouse headman, said the village had waited. \"We do not mind whose satellite "
               "it is,\" he said.\n")
    assert {"Mohd Hazwan bin Haji Ismail", "Jimbai anak Ringgit"} <= set(people(x))
    assert speakers(x) == Counter({"Mohd Hazwan bin Haji Ismail": 1, "Jimbai anak Ringgit": 1})
    # (a name under a run of honours longer than a name's words; its father's title "Haji" no surname of his)
    _, x = run("Satellite link in limbo\n\n\"We have not cancelled anything,\" AITI's chief executive, Awang Haji Mohd "
               "Hazwan bin Haji Ismail, told a briefing.\n\nThe Minister, Yang Berhormat Dato Seri Setia Awang Haji "
               "Zulkarnain bin Haji Mahmud, spoke to the council in March.\n")
    assert "Zulkarnain bin Haji Mahmud" in people(x)
    assert speakers(x) == Counter({"Mohd Hazwan bin Haji Ismail": 1})


def test_a_pull_quote_printed_over_the_text_counts_once_but_a_short_phrase_again_counts():
    _, x = run("Malta's generics exporters see an opening\n\n“The stockpile is the carrot for small exporters.”\n\n"
               "— Dr Kurt Azzopardi, University of Malta\n\n"
               '"The tariff is a stick and the stockpile is the carrot for small exporters," Dr Azzopardi said. "The '
               'question is whether a small exporter can eat it."\n')
    assert speakers(x) == Counter({"Kurt Azzopardi": 2})
    _, x = run('Seoul asks for clarity\n\n"We have explained that the China plants of our companies do not produce HBM '
               'for Chinese customers," Minister Kang Hye-won told reporters.\n\nKang said the government had also asked '
               'Washington to clarify the rule, calling the issue "the most urgent for our companies."\n')
    assert speakers(x) == Counter({"Kang Hye-won": 2})


def test_a_broadcast_script_s_sound_bites_are_quotes_of_the_one_its_label_names():
    _, x = run("Drugmakers check stocks\n\nVIDEO TRANSCRIPT [ANCHOR, studio — Jasur Kholmatov]: Beijing has answered "
               "Washington. [SOT — Malika Abdurakhmanova-Hayitova, CEO, Chirchiq Farm]: We have stock until November, "
               "then we choose. [REPORTER]: Officials say factories must prepare. [SOT — Sardor Nurmatov, deputy "
               "director]: We have asked every manufacturer to look for a second supplier.\n")
    assert speakers(x) == Counter({"Malika Abdurakhmanova-Hayitova": 1, "Sardor Nurmatov": 1})


def test_an_office_named_with_commas_before_its_holder_in_brackets_is_a_turn_s_label():
    _, x = run("Security of imported routers\n\nThe Committee met at 10:07 a.m.\n\nThe MINISTER OF SCIENCE, ENERGY, "
               "TELECOMMUNICATIONS AND TRANSPORT (Hon. Trevor Lindo-Blake): Thank you, Madam Chairman. We have not yet "
               "seen the American findings.\n\nMr DELROY FAIRCLOUGH: Madam Chairman, are we to wait two weeks?\n\n"
               "Hon. TREVOR LINDO-BLAKE: The Member knows that we cannot rip out equipment on the strength of a press "
               "release.\n\nMr DELROY FAIRCLOUGH: Then table the inventory.\n\nHon. TREVOR LINDO-BLAKE: We will.")
    assert speakers(x)["Trevor Lindo-Blake"] == 3


def test_a_union_s_branch_in_capitals_is_no_person_and_its_president_speaks():
    _, x = run("Union backs robot rule\n\nRay Villanueva-Stott, president of UCAW Local 2214 at the plant, said the robots "
               "came with remote service switched on.\n\n\"For five years our members have watched robots get fixed by "
               "somebody in another time zone,\" said UCAW President Delphine Okonkwo-Marsh.")
    assert speakers(x) == Counter({"Delphine Okonkwo-Marsh": 1})
    assert "UCAW Local" not in people(x)


def test_a_spanish_or_portuguese_port_town_is_no_person():
    _, x = run("Router dealers brace\n\nDistributors supply shops from Choluteca to Puerto Cortés. \"Those containers come "
               "to us at half the price,\" the director of Distribuidora del Valle told the paper. Traders in São Vicente "
               "and Ciudad del Este agreed.\n")
    assert not {"Puerto Cortés", "São Vicente", "Ciudad del Este"} & set(people(x))
    assert not speakers(x)


def test_a_city_s_name_inside_a_person_s_and_after_it_alone_is_the_person():
    _, x = run("Router dealers brace\n\nThat worries Óscar Lagos Villeda, commercial director of a distributor in "
               "Choluteca. He said distributors could end up with warehouses of stock.\n\nDealers in Lagos told the paper "
               "prices had fallen, and Lagos said his firm would wait.\n")
    assert "Óscar Lagos Villeda" in people(x)
    assert [m.sentence.startswith("Dealers in Lagos") for m in x.mentions if m.key == "place/lagos"] == [True]


def test_an_auto_transcript_in_lower_case_does_not_make_the_names_it_mentions_common_words():
    transcript = " ".join(f"0:{n:02d} the director of medical services dr kila tamarua pundu says the link keeps the "
                          "machine running and commerce secretary marguerite halvorsen put it another way" for n in range(6))
    _, x = run("US ban on Chinese scanners: what it means for PNG\n\nKBN talks to Dr Kila Tamarua-Pundu, Director of "
               "Medical Services at Port Moresby General Hospital, with a clip of US Commerce Secretary Marguerite "
               f"Halvorsen from Tuesday's briefing.\n\nTranscript {transcript}\n")
    assert {"Kila Tamarua-Pundu", "Marguerite Halvorsen"} <= set(people(x))


def test_a_clip_in_a_report_s_auto_transcript_is_the_quote_of_whom_the_narration_names_saying_it():
    _, x = run("US ban on Chinese scanners: what it means for PNG\n\nFeaturing: Jethro Waninara, biomedical engineer, "
               "Angau Memorial Hospital; Osborne Kaiulo, Secretary for Health.\n\nTranscript 0:00 good evening the scanner at angau memorial hospital "
               "went down for eleven days in march " + "while a replacement part came by sea and patients waited " * 12 +
               "0:05 biomedical engineer jethro waninara says the bigger risk is the "
               "parts >> if america goes further we are the small customer at the end of the line 0:12 >> the secretary "
               "for health osborne kaiulo told kbn news the department would ask for a full account >> png is not part of "
               "the american decision and we will not switch off a scanner >> thank you and now the weather\n")
    assert speakers(x) == Counter({"Jethro Waninara": 1, "Osborne Kaiulo": 1})
    assert [q.text for q in x.quotes][0] == "if america goes further we are the small customer at the end of the line"


def test_a_show_s_credits_a_line_each_are_no_speakers_turns_over_its_transcript_s_clips():
    _, x = run("US ban on Chinese scanners: what it means for PNG\n\nWashington has barred its federal hospitals from buying "
               "Chinese-made scanners, and Health Secretary Osborne Kaiulo says the department will ask questions.\n\n"
               "Papua New Guinea has received six CT scanners since 2027, and all of them are serviced over a remote "
               "connection to their maker.\n\nPresenter: Matilda Siune-Kapi\n\nReporter: Lorraine Kaupa-Waim\n\n"
               "Camera: Benny Lahari\n\nEditor: Priscilla Amos-Kerenga\n\nTranscript 0:00 good evening " + "the scanner went down for eleven days " * 12 +
               ">> the secretary for health osborne kaiulo told kbn news the department would ask for a full account >> "
               "png is not part of the american decision >> thank you and now the weather\n")
    assert speakers(x) == Counter({"Osborne Kaiulo": 1})


def test_an_interview_whose_introduction_says_we_asked_her_is_answered_by_her():
    _, x = run("Zeta Metering chief: \"The real shortage will be relays\"\n\nMontenegro's Minister of Energy, Andrija Vukotić, "
               "said on Tuesday the country would \"follow the European Union's approach\". We asked the chief executive of "
               "Zeta Metering, Dragana Šćepanović, what the week means for a small manufacturer.\n\nQ: Has anyone from the "
               "United States called you?\n\nA: Three companies, two of them distributors and one a utility co-operative.\n\n"
               "Q: Meaning what?\n\nA: Meaning the relay. Every meter we make has a latching relay.\n\nQ: Can you buy relays "
               "elsewhere?\n\nA: There are relay makers in Germany, in Czechia and in Japan.\n")
    assert speakers(x)["Dragana Šćepanović"] == 3


def test_a_name_opening_its_sentence_whose_quote_a_pronoun_then_says_is_a_person():
    _, x = run("Small grids\n\nThe people who install meters know what happens when one fails. Ugyen Tshering has fitted "
               "meters in Paro and Haa for twelve years. \"When a meter cuts a house in winter, the family does not call "
               "Washington. They call me,\" he told me last week.\n")
    assert speakers(x) == Counter({"Ugyen Tshering": 1})


def test_a_street_named_for_someone_after_its_kind_is_no_person():
    _, x = run("Ministry contacts\n\nThe minister spoke at the forum on Wednesday about the meters.\n\nMinistério dos Recursos "
               "Minerais e Energia — Av. Fernão de Magalhães, Maputo. Its office on Avenida Samora Machel is open daily.\n")
    assert not {"Fernão de Magalhães", "Avenida Samora Machel", "Samora Machel"} & set(people(x))


def test_an_office_listing_portfolios_of_two_words_ends_before_the_holder_s_name():
    _, x = run("Rollout paused\n\nMinister of Climate Change, Environment and Energy Aishath Shaheema Adam said the pause was "
               "\"a matter of weeks, not years\", and that the government would not choose between suppliers.\n")
    assert speakers(x) == Counter({"Aishath Shaheema Adam": 1})


def test_a_quote_then_an_office_and_the_honourable_holder_of_it_is_the_holder_s():
    _, x = run("Drones keep flying\n\n\"These drones belong to the people of Barbados and they will keep flying,\" the Minister "
               "of Agriculture and Food Security, the Hon. Marcia Greaves-Holder, said on Wednesday. \"The decision in "
               "Washington concerns American subsidies.\"\n\n\"We will keep flying,\" the Agriculture Minister, Dale Boyce, "
               "said.\n")
    assert speakers(x) == Counter({"Marcia Greaves-Holder": 2, "Dale Boyce": 1})


def test_a_given_name_the_text_also_writes_in_lower_case_still_names_who_said_it():
    _, x = run("Second line\n\nFjordlys is starting a second compressor assembly line. \"The second line will be running "
               "by November,\" said Line Thorsø, chief operating officer.\n")
    assert speakers(x) == Counter({"Line Thorsø": 1})


def test_a_surname_with_one_letter_between_its_hyphens_is_one_name():
    _, x = run("Inside the cabinet\n\nRennie Tjon-A-Loi, managing director of Saramacca Lift Techniek N.V., explains what the "
               "unit does. \"Every lift we installed after 2017 has a SIM card in the cabinet,\" Tjon-A-Loi tells us.\n")
    assert speakers(x) == Counter({"Rennie Tjon-A-Loi": 1})


def test_a_job_ending_in_a_role_s_word_before_a_given_name_is_no_part_of_the_name():
    _, x = run("Back to the cabinet\n\n\"Going out to the cabinet is slower, but it is how we ran signals for 40 years,\" said "
               "State Traffic Engineer Marcus Odegaard.\n")
    assert speakers(x) == Counter({"Marcus Odegaard": 1})


def test_a_french_speaking_police_s_rank_is_a_title_not_a_given_name():
    _, x = run("Heliport gates\n\nCommandant Sandrine Rey, who heads the border section, said they would stay for now: \"Our "
               "gates do not send images anywhere.\"\n")
    assert speakers(x) == Counter({"Sandrine Rey": 1})


def test_a_show_s_guests_label_run_into_the_name_under_it_is_no_part_of_the_name():
    _, x = run("Ep. 112\n\nThe lift in the ministry has a SIM card\n\nRennie Tjon-A-Loi, managing director of Saramacca Lift "
               "Techniek N.V., explains the unit. \"Every lift we installed has a SIM card,\" Tjon-A-Loi tells us.\n\nGuests\n"
               "Rennie Tjon-A-Loi — managing director, Saramacca Lift Techniek N.V.\n\nHosts: Kevin Sitaldin and Marijke "
               "Ooft-Wijngaarde\nProduction: Jurgen Kartosen | Editing: Shanti Bhagwandin\n")
    assert "Rennie Tjon-A-Loi" in people(x) and not any(n.startswith("Guests") or n.endswith("Production") for n in people(x))


def test_a_name_given_again_without_its_middle_name_is_the_same_person():
    _, x = run("Lithium rules\n\nIbrahim Danjuma Bello, director of the Mines Inspectorate, spoke on Monday. \"No raw ore "
               "leaves Nigeria,\" Ibrahim Bello said.\n")
    assert speakers(x) == Counter({"Ibrahim Danjuma Bello": 1})


def test_a_parent_the_text_meets_by_a_family_role_is_a_person():
    _, x = run("Cameras\n\nWe spoke to Jean-Bosco Hakizimana, a father of two in Rohero who runs a WhatsApp group of parents. "
               "\"People bought these cameras because they were cheap,\" he told us.\n")
    assert speakers(x) == Counter({"Jean-Bosco Hakizimana": 1})


def test_a_name_after_a_kind_of_works_in_someone_s_job_is_the_works_not_who_speaks():
    _, x = run("Feed\n\nMariela Font Acosta, commercial director at the feed mill Alimentos Balanceados del Caribe, told Surco "
               "Digital the mill had fixed its November cargo. \"The price we have for November is good,\" she said.\n")
    assert speakers(x) == Counter({"Mariela Font Acosta": 1})


def test_a_general_manager_is_a_title_before_the_name():
    _, x = run("Buses\n\nThe agency will keep its buses in service, General Manager Theresa Vandermeer said Wednesday. "
               "\"We will not park a bus,\" Vandermeer said.\n")
    assert speakers(x) == Counter({"Theresa Vandermeer": 1})


def test_a_name_a_maker_of_something_is_apposed_to_is_a_company_s_not_a_speaker_s():
    _, x = run("Routers\n\nFalkenwerk Netz, a German maker of mesh systems, said in a statement that it expected \"a period of "
               "aggressive pricing\" in Europe.\n")
    assert "Falkenwerk Netz" not in people(x).values()
    assert not speakers(x)


def test_a_westminster_hansard_s_turns_are_the_members_it_lists_its_chair_by_the_title_in_brackets():
    _, x = run("PARLIAMENT OF THE REPUBLIC OF FIJI\nSTANDING COMMITTEE ON SOCIAL AFFAIRS\n\n"
               "Briefing on the United States Sequencer Rule and the Pathogen Genomics Laboratory\n\n"
               "MEMBERS PRESENT\nHon. Ratu Semi Vakaloloma (Chairperson)\nHon. Mereani Cakau (Deputy Chairperson)\n\n"
               "IN ATTENDANCE\nDr. Litia Naivalu-Koroi, Permanent Secretary for Health and Medical Services\n\n"
               "The Committee resumed at 10.05 a.m.\n\n"
               "HON. CHAIRPERSON.- Honourable Members, welcome. We have called this short briefing because of the "
               "announcement made in Washington on Monday.\n\n"
               "DR. L. NAIVALU-KOROI.- Thank you, Mr. Chairman. The short answer is yes. None of our machines stops "
               "working because of a rule made in Washington.\n\n"
               "HON. M. CAKAU.- Is part of the laboratory's budget from a United States grant?\n\n"
               "DR. L. NAIVALU-KOROI.- It is a fair question, Honourable Member. The grant pays for reagents.\n\n"
               "HON. CHAIRPERSON.- Thank you, Permanent Secretary. The Committee will write to the Ministry.\n")
    # (the member only asks)
    assert speakers(x) == Counter({"Litia Naivalu-Koroi": 2, "Semi Vakaloloma": 2})
    assert set(people(x)) == {"Semi Vakaloloma", "Mereani Cakau", "Litia Naivalu-Koroi"}


def test_a_guest_on_the_phone_and_an_answer_that_ends_by_recalling_a_question_are_the_guest_s_words():
    _, x = run("The Money Desk\n\nPresented by Ndapewa Amukoto\n\n"
               "[00:00:09] NDAPEWA AMUKOTO (HOST): Good morning. With me is Dr Elizma Goagoses-van Wyk, and on the line "
               "is Penda Haufiku-Nangolo.\n\n"
               "[00:01:12] AMUKOTO: Why should a lab in Windhoek care about an American rule?\n\n"
               "[00:01:16] DR ELIZMA GOAGOSES-VAN WYK: Because a large part of TB testing here is paid for by American "
               "programmes. The reagents were paid for from Washington. The cheapest machines are Chinese. So the question "
               "every lab manager asked me on Tuesday was simple: is my machine still allowed or not?\n\n"
               "[00:02:03] AMUKOTO: And is it?\n\n"
               "[00:02:05] GOAGOSES-VAN WYK: The rule as written speaks of federally funded labs. We are waiting.\n\n"
               "[00:03:15] PENDA HAUFIKU-NANGOLO (on the phone): Good morning. The institute continues all testing.\n\n"
               "[00:03:41] AMUKOTO: And the reagents?\n\n"
               "[00:03:45] HAUFIKU-NANGOLO: Our suppliers in Johannesburg tell us deliveries continue.\n")
    assert speakers(x) == Counter({"Elizma Goagoses-van Wyk": 2, "Penda Haufiku-Nangolo": 2})


def test_a_newsletter_item_titled_with_a_project_s_name_going_on_in_lower_case_is_no_one_s_turn():
    _, x = run("Baltic Mobility Brief\n\nKatrin Oberländer: We have priced the change already. It costs more than we hoped.\n\n"
               "Mārtiņš Ozoliņš-Vītols: Riga's optics makers will sell more this year.\n\n"
               "Katrin Oberländer: Nobody wants to build a car twice.\n\n"
               "Rail Baltica: tender for Riga Central Station signalling delayed to January. The joint venture said the delay "
               "would not affect the 2030 timetable.\n")
    assert "Rail Baltica" not in people(x)
    assert "Rail Baltica" not in speakers(x)


def test_a_split_quote_said_by_a_role_in_lower_case_then_the_name_is_that_person_s_not_someone_named_before():
    _, x = run("Transport Minister Fiona Hartigan has asked officials for advice.\n\n"
               "\"Most councils bought these cameras for sensible reasons,\" says lead author Dr Hannah Kerslake, a senior "
               "lecturer. \"The question now is who pays.\"\n\n"
               "\"The costs are real,\" said the lead author Hannah Kerslake.")
    assert speakers(x) == Counter({"Hannah Kerslake": 3})


def test_the_short_name_a_release_defines_for_its_company_is_no_person_and_what_it_says_no_one_s_quote():
    _, x = run("HANGZHOU, China -- Hangzhou Lanjing Vision Technology Co., Ltd. (\"Lanjing Vision\"), a maker of traffic "
               "cameras, today offered every city customer a free audit.\n\n"
               "Lanjing Vision said the rules rest on \"a misunderstanding of what a traffic camera does.\"\n\n"
               "\"Our cameras see number plates,\" said Shen Ruolan, chief executive of Lanjing Vision.")
    assert "Lanjing Vision" not in people(x)
    assert speakers(x) == Counter({"Shen Ruolan": 1})


def test_a_spanish_university_s_name_after_de_is_no_person_and_a_then_president_is_one():
    _, x = run("Túpac Katari lifted off in 2013. Then-president Evo Morales watched the launch in China.\n\n"
               "Verónica Arce Saucedo, who teaches at the Universidad Mayor de San Andrés, said the country risked "
               "becoming \"a hostage to whoever sells the spare parts\".")
    assert "San Andrés" not in people(x)
    assert "Evo Morales" in people(x)
    assert any(e.name == "Universidad Mayor de San Andrés" for e in x.entities)


def test_a_broadcaster_named_in_its_own_language_asking_at_a_briefing_is_no_person():
    _, x = run("Spokesperson Liang Shuwen: Good afternoon.\n\n"
               "Nordkapp Kringkasting: How do you respond to the chair's remarks?\n\n"
               "Liang Shuwen: China firmly opposes the move.\n\n"
               "Bayerischer Rundfunk: Will the licences apply to European buyers?\n\n"
               "Liang Shuwen: The measures are not targeted at any country.")
    assert "Nordkapp Kringkasting" not in people(x) and "Bayerischer Rundfunk" not in people(x)


def test_a_title_in_sentence_case_before_a_name_is_its_role_and_welcomed_as_introduces_a_quote():
    _, x = run("Chief technology officer Rok Bizjak set out the fallback: \"If the licences are slow, we move European "
               "customers to another chip.\"\n\n"
               "The energy minister, Johanna Tjipura, welcomed the approach as \"practical and proportionate\" when she met "
               "distributors on Thursday.")
    assert "Rok Bizjak" in people(x)
    assert speakers(x) == Counter({"Rok Bizjak": 1, "Johanna Tjipura": 1})


def test_a_numbered_sound_bite_cue_over_its_words_quotes_the_speaker_it_names_in_capitals():
    _, x = run("[TRACK 1 — PRATIKSHYA RAI]\nThe shed in the Hetauda industrial area is finished.\n\n"
               "[SOT 1 — UJJWAL MAHARJAN, FOUNDER, HIMAL CELL RECOVERY | IN: \"We paid…\" | OUT: \"…ninety days.\" | 0'11\"]\n"
               "We paid the deposit for the line in October. Now the supplier tells us the licence could take ninety days.\n\n"
               "[SOT 2 — BINITA GURUNG THAPA, DIRECTOR GENERAL, DEPARTMENT OF ENVIRONMENT | 0'12\"]\n"
               "We cannot build a national battery policy on the delivery schedule of one factory.\n\n"
               "[VOX POP — TAXI DRIVER, KALANKI | 0'06\"]\nMy battery is five years old.")
    assert speakers(x) == Counter({"Ujjwal Maharjan": 1, "Binita Gurung Thapa": 1})


def test_an_auto_transcript_s_numbered_speakers_are_the_people_its_key_names():
    _, x = run("Black mass on the Middle Corridor: what the licences mean for Poti\n\n"
               "Published: 18.11.2026, 20:00 | 38 min\n\n"
               "Recorded in Tbilisi on the afternoon of 18 November 2026, after Beijing's announcement.\n\n"
               "Guests: Tamar Gelashvili, head of freight development at Kolkheti Container Services; Davit Abashidze, "
               "senior fellow at the Caucasus Transit Institute\n\n"
               "Speakers: Speaker 1 – Nino Beridze-Lomidze (host) · Speaker 2 – Tamar Gelashvili · Speaker 3 – Davit Abashidze\n\n"
               "[00:00:03] Speaker 1: Hello and welcome to The Corridor. Tamar, your company ordered a Chinese line?\n"
               "[00:00:11] Speaker 2: Thank you. The line is in Ningbo, in a warehouse, packed, and we paid forty percent.\n"
               "[00:01:12] Speaker 1: Can you not simply buy the knives somewhere else?\n"
               "[00:01:15] Speaker 2: For the shredder maybe, in Turkey or in Italy, yes, at double the price.\n"
               "[00:02:02] Speaker 1: Davit, is this a Poti problem or a Georgia problem?\n"
               "[00:02:10] Speaker 3: It's a corridor problem. About six thousand tonnes crossed Georgia last year.\n")
    assert speakers(x) == Counter({"Tamar Gelashvili": 2, "Davit Abashidze": 1})


def test_a_treaty_named_like_a_body_is_no_person():
    _, x = run("What would a plan look like? First, a clear permit path for importing black mass as a recovery feedstock "
               "under the Basel Convention, so that investors know what the rules are before they come.")
    assert "Basel Convention" not in people(x)


def test_a_radio_script_s_reporter_named_in_its_cues_and_sign_off_is_its_author_not_someone_it_mentions():
    article, x = run("Chinese licence rule stalls Nepal's first battery recycling plant\n\n"
                     "Reporter: Pratikshya Rai, Hetauda\n\n"
                     "[INTRO — NEWSREADER]\nNepal's first plant to recycle batteries has hit a wall. Pratikshya Rai reports "
                     "from Hetauda.\n\n"
                     "[TRACK 1 — PRATIKSHYA RAI]\nThe shed in the Hetauda industrial area is finished.\n\n"
                     "[OUTRO — NEWSREADER]\nPratikshya Rai reporting from Hetauda. The ministry said it would act.\n")
    assert article.author == "Pratikshya Rai"
    assert "Pratikshya Rai" not in people(x)


def test_a_ministry_s_name_going_on_after_and_is_no_person_and_its_unnamed_official_quotes_no_one():
    _, x = run("An official at the Ministry of Economy and Sustainable Development, who asked not to be named, said the "
               "ministry was \"watching, not panicking\".")
    assert "Sustainable Development" not in people(x)
    assert not speakers(x)


def test_an_airport_named_after_someone_is_no_person():
    _, x = run("Within hours the authority told every drone operator at the country's three international airports to stop.\n\n"
               "All operators at Tribhuvan International Airport, Gautam Buddha International Airport and Pokhara "
               "International Airport are hereby directed to stop updates.")
    assert "Gautam Buddha" not in people(x)


@pytest.mark.parametrize("sentence, body", [
    ("Moldova's General Police Inspectorate (IGP) on Wednesday amended its tender for 24 drones.", "Police Inspectorate"),
    ("The Hardap Irrigation Growers' Co-operative and Etosha Skyworks (Pty) Ltd, which flies the co-operative's sprayers, "
     "brought the case on an urgent basis during the court recess.\n\n"
     "IN THE HIGH COURT OF NAMIBIA, MAIN DIVISION, WINDHOEK\nMEDIA SUMMARY\nHardap Irrigation Growers' Co-operative Ltd and "
     "Another v Namibia Civil Aviation Authority and Another (HC-MD-CIV-MOT-URG-2025/00871)\nDelivered: 28 December 2025\n"
     "Coram: SHIVUTE-KLOPPERS J\n[1] The applicants sought an order suspending Directive 14 of 2025, pending a review of "
     "its lawfulness.\n[2] The Court held that the matter was urgent, because the spraying season in the Hardap scheme "
     "cannot wait.", "Hardap Irrigation"),
])
def test_an_inspectorate_or_a_co_operative_is_a_body_not_a_person(sentence, body):
    _, x = run(sentence)
    assert body not in people(x)


def test_a_hyphenated_role_opening_the_sentence_is_not_part_of_the_speaker_s_name():
    _, x = run("Co-author Jericho Bautista, a master's student in ocean engineering, said the cost of delay fell on users "
               "far from the coast: “When two cables on the same route are down, banks in Cebu send their traffic through "
               "Hong Kong.”")
    assert "Jericho Bautista" in people(x)
    assert speakers(x) == Counter({"Jericho Bautista": 1})


def test_a_family_name_with_ben_is_the_person_named_in_full_and_after_an_office_s_name():
    _, x = run("Minister of Industry, Mines and Energy Hichem Ben Amor told a conference in Tunis on Thursday that Tunisia "
               "could be \"a trusted bridge between suppliers and European buyers\", and that the ministry would help.\n\n"
               "\"We are a Tunisian company,\" said Sonia Ben Romdhane, chief executive of Sahel Photonique SA.\n\n"
               "Ben Romdhane said she had flown to Osaka. \"If we can get two sources, this crisis becomes an argument,\" "
               "she said.\n\n"
               "PUBLICITÉ — Banque du Littoral : financez votre export en dinars et en euros.")
    assert set(people(x)) == {"Hichem Ben Amor", "Sonia Ben Romdhane"}
    assert speakers(x) == Counter({"Sonia Ben Romdhane": 2, "Hichem Ben Amor": 1})


def test_a_tv_transcript_s_sound_bites_quote_their_speakers_and_its_reporter_s_turns_quote_no_one():
    article, x = run("US blacklist of Chinese optics makers leaves Dhaka waiting for parts\n\n"
                     "Anchor: Sabrina Haque | Reporter: Tanvir Ahmed Chowdhury | Producer: Mahfuz Alam\n\n"
                     "SABRINA HAQUE, ANCHOR: Good evening. Tanvir Ahmed Chowdhury reports from the hi-tech park at Kaliakoir.\n\n"
                     "TANVIR AHMED CHOWDHURY, REPORTER (V/O): Inside this half-finished hall, rows of empty racks wait.\n\n"
                     "NAFISA KARIM (SOT): We paid a thirty per cent deposit in October. Nobody can answer that for me tonight.\n\n"
                     "REPORTER (V/O): The rule bars American exporters from shipping anything to the listed companies.\n\n"
                     "WARREN TILLOTSON (SOT, WASHINGTON — POOL): The optical link is now the bottleneck of every AI cluster.\n\n"
                     "TANVIR AHMED CHOWDHURY (STANDUP): For Business Tonight, Tanvir Ahmed Chowdhury, DeltaLine TV, Kaliakoir.\n")
    assert speakers(x) == Counter({"Nafisa Karim": 1, "Warren Tillotson": 1})
    assert "Tanvir Ahmed Chowdhury" not in people(x)


def test_a_hearing_record_s_speaker_with_her_office_in_brackets_answers():
    _, x = run("Deputies press ICT ministry over national data-centre optics\n\n"
               "Present: Hon. Théoneste Rwigamba (Chairperson); Hon. Alphonsine Nyirahabimana.\n\n"
               "HON. THÉONESTE RWIGAMBA (Chairperson): Honourable Minister, what was bought, from whom, and at what cost?\n\n"
               "HON. YVONNE UMUTONI GASANA (Minister of ICT and Innovation): Thank you, Mr Chairperson. The servers are "
               "delivered. What is missing is the optics.\n\n"
               "HON. ALPHONSINE NYIRAHABIMANA: Minister, who will rent the hall if the cloud companies refuse?\n\n"
               "HON. YVONNE UMUTONI GASANA (Minister of ICT and Innovation): I will not hide behind the documents. We will "
               "come back within thirty days.\n")
    assert speakers(x)["Yvonne Umutoni Gasana"] == 2


def test_a_person_who_calls_something_by_quoted_words_is_named_and_quoted():
    _, x = run("Our largest tenant wants to know whether its workloads run on \"trusted optics\". Ragnhild Ødegård, who runs "
               "infrastructure there, called the situation \"a pause, not a crisis\" and I think she is right, for now.")
    assert speakers(x) == Counter({"Ragnhild Ødegård": 1})


def test_a_name_whose_middle_word_english_writes_too_speaks():
    _, x = run("“Ripping out the system that plans every move in our yard would stop this terminal for six to eight weeks,” "
               "said Bandari Mashariki chief executive Omar Said Mbarak. “We would rather prove that the door is locked "
               "than knock down the house.”\n\nMbarak said the terminal had asked its vendor to move all maintenance work.")
    assert speakers(x) == Counter({"Omar Said Mbarak": 2})


def test_a_speaker_named_after_the_title_of_her_office_is_quoted():
    _, x = run("“Malta's terminals live on transshipment, and transshipment lives on trust from both ends of the route,” "
               "said the Commissioner for Port Services, Miriam Cauchi Galea. “Our job is to make sure that no operator is "
               "forced to break one country's rule in order to comply with another's.”")
    assert speakers(x) == Counter({"Miriam Cauchi Galea": 2})


def test_a_speaker_named_after_her_office_where_the_language_has_no_article_is_quoted():
    # (Swahili and Indonesian print the office bare after the verb: "alisema Mwenyekiti wa ...", "kata Ketua ...")
    _, x = run("“Ndege hizi zimetuondolea kazi ya kubeba bomba la dawa mgongoni siku nzima,” alisema Mwenyekiti wa "
               "Rufiji Farmers Union, Halima Msangi, alipozungumza na gazeti hili Jumanne. “Hatuwezi kurudi nyuma.”\n\n"
               "“Kami belum menerima surat apa pun dari kementerian,” kata Ketua Koperasi Tani Makmur, Budi Hartanto.")
    assert speakers(x) == Counter({"Halima Msangi": 2, "Budi Hartanto": 1})


def test_a_pull_quote_of_words_said_again_in_the_speaker_s_turn_is_not_a_second_quote():
    from generator.extract import _without_pull_quotes
    from generator.model import Quote
    paragraphs = ("»The tracing bill lands on the installer, one way or another.« — Rasmus Øland Friis",
                  "ROF: Because every factory has to re-plan its lines. The tracing bill lands on the installer, one way "
                  "or another.",
                  "Friis said \"the tracing bill lands on the installer\", and went back to work.")
    pulled = Quote("person/rasmus", "The tracing bill lands on the installer, one way or another.", 0)
    turn = Quote("person/rasmus", paragraphs[1][5:], 1)
    partial = Quote("person/rasmus", "the tracing bill lands on the installer", 2)
    assert _without_pull_quotes([pulled, turn, partial], paragraphs) == [turn, partial]


# Round 49

@pytest.mark.parametrize("said, title", [
    ("Elena Roșca, an analyst at Transilvania Equity, called the licences \"a tap Beijing can open and close at will\".",
     "She pointed to an industry report, \"GaN Power Supply Chain Outlook 2030\", which found that most epitaxy is grown in "
     "China."),
    # (... however long, after "titled")
    ("Elena Roșca, the directorate's director, said it applied to \"a tap Beijing can open and close at will\".",
     "The circular, titled \"Declaration of data storage and remote access for imported connected medical devices\", "
     "went out on Saturday."),
])
def test_a_report_s_title_in_quotation_marks_is_nobody_s_words(said, title):
    _, x = run(f"{said} {title}")
    assert [q.text for q in x.quotes] == ["a tap Beijing can open and close at will"]


def test_a_person_named_after_a_body_whose_name_ends_the_office_is_found():
    _, x = run("Customs officers opened the drums on Wednesday. Deputy chairman of the State Customs Service "
                       "Nurlan Abdykadyrov told Chatkal Radio the documents were perfect.")
    assert "Nurlan Abdykadyrov" in people(x)


def test_a_script_s_clip_cue_by_family_name_quotes_the_voice_over_under_it():
    _, x = run("Customs brokers in Naryn say checks have become slower this week. Gulzat Asanova runs a brokerage "
                       "near the Torugart post.\n\n[CLIP 2 - ASANOVA - in Kyrgyz, English voice-over]\n\n"
                       "IN: \"Былтыр биз...\"   OUT: \"...үч күн турушат.\"   DUR: 0'14\"\n\n"
                       "VOICE-OVER: \"Last year a chemical truck crossed in one day. Now every drum is opened.\"")
    assert [(q.speaker, q.text[:9]) for q in x.quotes] == [("person/gulzat-asanova", "Last year")]


def test_a_quote_said_in_the_site_s_language_and_again_in_english_counts_once():
    _, x = run("El abogado de la empresa, Hugo Villalba Cáceres, dijo:\n«Mi cliente compró un producto químico a un "
               "distribuidor en Tokio con todas las facturas».\n\nThe company's lawyer, Hugo Villalba Cáceres, said:\n"
               "\"My client bought a chemical product from a distributor in Tokyo with every invoice.\"")
    assert speakers(x) == Counter({"Hugo Villalba Cáceres": 1})


def test_a_demonym_opening_a_question_is_no_person():
    _, x = run("Our reporter met a Nepali engineer who works with it every day.\n\n[Sujan Shrestha] Are Nepali workers in the "
               "fabs worried about their jobs?")
    assert not any("Nepali" in name for name in people(x))


def test_a_pull_quote_of_someone_s_words_is_no_quote_of_whoever_was_named_before_it():
    _, x = run("\"We would rather find the weak points ourselves than read about them in someone else's report,\" "
               "Administrator Rogelio Batista told reporters.\n\n\"Most of our diagnostics already run through a server on "
               "site,\" said Carmen Lozano, the terminal's operations director.\n\n"
               "\"We would rather find the weak points ourselves than read about them in someone else's report.\"")
    assert speakers(x) == Counter({"Rogelio Batista": 1, "Carmen Lozano": 1})


def test_a_long_who_clause_between_a_name_and_its_words_still_attributes_them():
    _, x = run("Jarno Sillanpää, a senior specialist at the Finnish Transport and Communications Agency Traficom who was not "
               "involved in the study, called the results \"a useful reminder that configuration is not isolation.\"\n\n"
               "Daniel Borg, who runs engineering at Delimara Crane Services, a Marsaxlokk maintenance contractor that works "
               "on cranes from three manufacturers, sees a commercial problem as much as a security one: \"The warranty often "
               "depends on that link.\"")
    assert speakers(x) == Counter({"Jarno Sillanpää": 1, "Daniel Borg": 1})


def test_a_signed_pull_quote_of_words_a_speech_says_again_is_no_second_quote():
    _, x = run("KEYNOTE\n\nDR FAHAD SALEH AL-MUHANNADI: Good afternoon. Every megawatt that enters a data hall passes through "
               "a power-supply unit.\n\n\"No single chipmaker, in any country, should be able to switch off a Qatari data "
               "hall.\" — Dr Fahad Saleh Al-Muhannadi\n\nOur own study found that three quarters of the power supplies "
               "come from a single country. No single chipmaker, in any country, should be able to switch off a Qatari "
               "data hall.\n\nDISCUSSION\n\nHIND AL-SULAITI: Will the guidance be binding?\n\nAL-MUHANNADI: It will begin "
               "as guidance, because we want to hear from operators first.\n\nAL-SULAITI: Thank you.")
    assert speakers(x)["Fahad Saleh Al-Muhannadi"] == 2


def test_an_interview_box_s_answers_are_the_one_its_label_names():
    _, x = run("Hengtai Separator Materials confirmed this week that it was studying a site in Rayong.\n\n"
               "Three questions for Siriporn Thammasat, battery analyst at Krungthep Capital Securities\n\n"
               "Q: Does the US tariff hurt Thai battery makers directly?\n\nA: Not much, today. Very few Thai cells go to the "
               "United States.\n\nQ: Is a Chinese-owned plant in Rayong good news?\n\nA: It is good for jobs and for Thai "
               "cell makers' costs.\n\nQ: What should investors watch next?\n\nA: Treasury's final guidance, and the "
               "Indian case.")
    assert speakers(x) == Counter({"Siriporn Thammasat": 3})


def test_a_body_in_what_a_named_person_reports_does_not_take_the_person_s_partial_quotes():
    _, x = run("Cables\n\nFiji's Minister for Communications, Ilisoni Tuivanuavou, told Parliament on Wednesday that the "
               "government had asked Washington for \"a humanitarian exemption for repairs in the Pacific\" and was "
               "\"waiting for an answer\". The US Embassy in Suva said in a statement that the rule \"protects Pacific "
               "partners too\".\n\nGuo Jiakun said the talks went well, and the Commerce Ministry promised \"necessary "
               "measures\".")
    assert speakers(x) == Counter({"Ilisoni Tuivanuavou": 2})


def test_an_arabic_name_without_its_father_s_name_is_the_same_person():
    _, x = run("Cables\n\nGuest: Salim bin Nasser Al Kindi, fleet director at Qalhat Marine Services.\n\nWe spoke to Salim "
               "Al Kindi on Monday about the permits.")
    assert set(people(x)) == {"Salim bin Nasser Al Kindi"}


def test_a_site_a_tab_s_title_names_after_the_headline_is_no_person():
    _, x = run("# US bars repair ships | Goubet Éco English\n\nUS bars repair ships\n\nThe rule reaches far beyond American "
               "shores, according to a Goubet Éco count. Two marine underwriters told Goubet Éco they would ask for "
               "written confirmation, said Fatouma Houssein Djama.")
    assert "Goubet Éco" not in people(x)


def test_an_atoll_is_a_place_and_a_release_s_writer_named_as_its_contact_is_not_in_it():
    article, x = run("Cables\n\nStory by Jelena Vuksanović, Office of Communications\n\nOn Baa Atoll, resort IT manager "
                     "Fathimath Riyaza said guests had noticed. \"Video calls freeze at dinner time,\" she said.\n\n"
                     "Media contact: Jelena Vuksanović, +382 32 000 000, jelena.vuksanovic@ujadran.example")
    assert set(people(x)) == {"Fathimath Riyaza"}


def test_a_coast_guard_and_a_beach_are_no_people():
    _, x = run("Terminals\n\nThe rule applies to vessels of any flag that enter US ports, and the US Coast Guard will check "
               "compliance during port state control inspections, the department said.\n\n\"A terminal that can be updated "
               "from Beijing can be switched off from Beijing,\" said Lowell Brandvold.\n\nHis reefer left Chancay for Long "
               "Beach last month. The ships sail between Chancay and Long Beach every week.")
    assert set(people(x)) == {"Lowell Brandvold"}


def test_a_circular_s_words_are_no_one_s_though_its_sender_s_head_was_quoted_before():
    _, x = run("Flags\n\nIn a statement on Thursday, Commissioner Boimah Kpadeh said the registry would \"apply international "
               "conventions, not the domestic laws of other states\" and \"will not be a battlefield.\" The registry's "
               "administrators also sent owners a circular saying that flag inspections would \"not assess the country of "
               "manufacture\" of communication equipment.")
    assert speakers(x) == Counter({"Boimah Kpadeh": 2})


def test_a_minister_of_several_portfolios_listed_with_commas_is_named_and_speaks():
    _, x = run("Drones\n\nTunisia's Minister of Agriculture, Water Resources and Fisheries, Hédi Ben Romdhane, visited the "
               "company on Thursday and said the government would help, describing the sector as \"a small industry with a "
               "big door in front of it\".")
    assert people(x) == {"Hédi Ben Romdhane": "Tunisia's Minister of Agriculture, Water Resources and Fisheries"}
    assert speakers(x) == Counter({"Hédi Ben Romdhane": 1})


def test_a_capital_or_a_firm_that_speaks_in_a_sentence_takes_its_words_from_the_last_speaker():
    _, x = run("Drones\n\n\"We are deciding where those orders come from,\" Under Secretary Grant Havelock told reporters. On "
               "Tuesday Beijing answered with export licences for flight controllers bound for American users, calling the US "
               "rule \"an abuse of national security\".")
    assert speakers(x) == Counter({"Grant Havelock": 1})


def test_the_writer_at_work_in_the_text_and_in_the_closing_credit_is_no_person_in_it():
    _, x = run("Chat with a drone dealer\n\nBy Souksavanh Inthavong\n\nKeo Phommachanh has sold drones since 2022. Lanxang Biz "
               "reporter Souksavanh Inthavong talked to him by chat on Wednesday.\n\n\"The stock must go somewhere,\" "
               "Phommachanh said.\n\nInterview by Souksavanh Inthavong. Additional reporting by Vilayphone Siharath.")
    assert set(people(x)) == {"Keo Phommachanh"}


def test_he_after_a_quotation_s_comma_is_the_he_named_last_before_it():
    _, x = run("Curbs\n\nBEIJING, April 3 -- \"The United States has once again overstretched the concept of national "
               "security,\" MOFCOM spokesperson He Yongqian said.\n\nZhou Qiming, a professor at Fudan University, said the rule "
               "was \"a push to make the parts at home\".\n\nThe move \"seriously undermines the stability of supply chains,\" "
               "He said.\n\nVice Premier He Lifeng is expected to lead the delegation.")
    assert speakers(x) == Counter({"He Yongqian": 2, "Zhou Qiming": 1})


def test_an_agritech_firm_and_a_province_with_its_article_are_no_people():
    _, x = run("Drones\n\nFenghe Agritech, the largest Chinese supplier, said in a statement that it would support customers. "
               "Drones have replaced light aircraft on many farms in Los Ríos, Guayas and El Oro, said Jorge Vélez Zambrano.")
    assert set(people(x)) == {"Jorge Vélez Zambrano"}


def test_a_hospital_a_pharma_maker_and_a_publisher_s_editions_are_no_people():
    _, x = run("Antibiotics\n\nStaff of Chikondi Memorial Hospital said stocks were low. \"We buy 6-APA at double last month's "
               "price,\" said Rajendra Shrestha, MD of Ganesh Himal Pharma.\n\n© 2026 Éditions Apdikt. All rights reserved.")
    assert set(people(x)) == {"Rajendra Shrestha"}


def test_a_name_and_role_over_a_colon_speak_and_an_interviewer_s_question_between_answers_leaves_the_speaker():
    _, x = run("Customs\n\nBy A B\n\n📌 We asked the State Customs Service\n\n❓ Will the scanners be replaced?\n\n"
               "💬 Talant Dzhumabaev, deputy chairman: \"No. They work, and our officers are trained on them.\"\n\n"
               "❓ And cargo that goes on to the United States?\n\n"
               "💬 \"Very little of it goes to the US directly. We will not buy a second set of machines.\"")
    assert speakers(x) == Counter({"Talant Dzhumabaev": 2})


def test_a_slide_s_quote_signed_by_name_and_office_in_capitals_is_theirs():
    _, x = run("Briefing\n\nBy A B\n\n“We cannot run two sets of scanners at one border.”\n\n"
               "— Khamphoui Vongsavath, Director General, Customs Department, 26 February 2026\n\n"
               "I put this on a slide because the DG said it to our board.")
    assert speakers(x) == Counter({"Khamphoui Vongsavath": 1})


def test_words_quoted_then_named_as_someone_s_are_theirs_and_a_bonded_yard_is_no_person():
    _, x = run("Briefing\n\nBy A B\n\nThe line everyone repeats is that the US will not let its equipment be \"built by a "
               "government that we cannot audit\" — those were Assistant Secretary Miriam Achterberg's words on Monday.\n\n"
               "Vilayvanh Sisouk, operations manager at Khamsing Transport & Bonded Yard, said it better: \"Our trucks "
               "already stop at the bridge,\" she said.")
    assert speakers(x) == Counter({"Miriam Achterberg": 1, "Vilayvanh Sisouk": 1})
    assert set(people(x)) == {"Miriam Achterberg", "Vilayvanh Sisouk"}


def test_a_recording_s_clip_speaks_for_the_one_its_label_names():
    _, x = run((
        "Beijing answers the meter ban\nHost: Aizada Toktogulova · Producer: Temirlan Asanov\n\n"
        "Aizada Toktogulova  0:03\nSalam, and welcome. I'm Aizada Toktogulova. First, the clip from the briefing.\n\n"
        "Clip — Wen Shaohua, MOFCOM spokesperson (via interpreter)  1:12\nChina firmly opposes the US side's abuse of "
        "export control measures against Chinese products.\n\n"
        "Aizada Toktogulova  1:41\nThat was Wen Shaohua. With me is Bakyt Sydykov. What does Beijing mean?\n\n"
        "Bakyt Sydykov  2:20\nHonestly, nobody knows yet, and I think that's deliberate.\n\n"
        "Aizada Toktogulova  3:02\nMm-hm.\n\nBakyt Sydykov  3:03\nBecause China does not sell many meters to America.\n"))
    assert speakers(x) == Counter({"Wen Shaohua": 1, "Bakyt Sydykov": 2})


def test_a_joint_stock_company_s_short_name_is_no_speaker_after_its_officer():
    _, x = run("Vardar Mreži to replace Chinese-made communication modules in 64,000 smart meters\n\n"
               "SKOPJE, 8 March 2026 – Vardar Mreži AD, the electricity distribution operator for Skopje and the Polog and "
               "Vardar regions, will replace the cellular and power-line communication modules in 64,000 smart meters bought "
               "from the Chinese manufacturer Jinhai Smart Energy between 2021 and 2024, the company's Management Board "
               "decided today.\n\nThe meters themselves, which measure consumption accurately and passed their last "
               "metrological inspection in 2025, will remain in place. Only the plug-in modules that carry data and remote "
               "commands between the meter and the company's control centre will be exchanged, for modules made in the "
               "European Union and configured with firmware-signing keys held only by Vardar Mreži.\n\n"
               "\"We looked at three options: keep, re-flash or replace,\" said Goran Trajkovski, Chief Executive Officer of "
               "Vardar Mreži. \"Re-flashing would have been cheaper this year and more expensive every year after that.\" He "
               "added: \"No customer will pay for this through a separate charge.\"\n\nElena Stojanovska-Dimova, Head of "
               "Cybersecurity at Vardar Mreži, said: \"The review did not find malicious code. It found an update channel "
               "that we did not fully control.\" She said the new modules would be \"tested in our own laboratory before a "
               "single one is installed\", with the first 5,000 to be fitted from September.")
    assert speakers(x) == Counter({"Goran Trajkovski": 3, "Elena Stojanovska-Dimova": 2})


def test_a_video_s_super_names_who_says_the_caption_under_the_next_clock():
    _, x = run("TikTok\nbagmatikhabar\nBagmati Khabar ✓ · 3-10\nFollow\nNepal's Chinese smart meters: NEA to audit 450,000 "
               "before it decides to keep, re-flash or swap\nAfter Washington's ban on Chinese meter modules, the Nepal "
               "Electricity Authority says it will audit every smart meter it has bought since 2024.\n📝 Sunita Karki\n"
               "Transcript\nAuto-generated captions · English\n0:00\n[On screen: KEEP? FLASH? SWAP?]\n0:02\nthis is the meter on "
               "almost every new house in kathmandu\n0:14\nso what does nepal do i'm sunita karki at the meter lab\n"
               "0:20\n[On screen: Prakash Adhikari, Deputy Managing Director, Nepal Electricity Authority]\n0:21\n"
               "we will not decide in a hurry first we audit all four hundred fifty thousand meters\n0:33\n"
               "nea says the audit will take about six months\n1:00\n[On screen: Ram Bahadur Thapa, shopkeeper, Baneshwor]\n"
               "1:01\nmeter chinese ho ki american ho malai matlab chaina bill thik aaos bas\n1:05\n"
               "[Translation on screen: \"Chinese meter or American meter, I don't care.\"]\n1:09\n"
               "[On screen: Resident, New Baneshwor]\n1:10\nthey put it in my house without asking\n")
    assert speakers(x) == Counter({"Prakash Adhikari": 1, "Ram Bahadur Thapa": 1})


def test_an_outlet_its_address_spells_without_accents_and_a_photographer_credited_in_cyrillic_are_no_people():
    _, x = run("Ecuador\n\nBy Daniela Paredes Cevallos\n\n[Фото] Battery containers near Kant. Фото: Ruslan Temirbekov / Ala-Too "
               "Review\n\n\"Every Chinese bid just became a question for our lenders,\" Rafael Andrade Coello told Equinoccio "
               "Económico.\n\nTemas: Energía · China · Baterías\n────────────────\nOriginal: "
               "https://equinoccioeconomico.example/en/energia/2026/03/11/us-bars-chinese-grid-batteries\n"
               "© 2026 Ediciones Equinoccio S.A. Todos los derechos reservados.\nMore from Equinoccio Económico\n"
               "♡ Like   💬 Comment   ⟳ Flip   ↗ Share\n")
    assert set(people(x)) == {"Rafael Andrade Coello"}


def test_a_highlight_that_starts_inside_a_quotation_is_its_speaker_s_and_the_writer_cited_by_family_name_no_person():
    _, x = run("At Radès, a Chinese scanner and a lot of olive oil\n\nYasmine Ben Salem\n\nCitation (APA): Ben Salem, Y. (2026, "
               "March 3). At Radès, a Chinese scanner. La Marsa Review.\n\n\"This is the cheapest insurance we ever bought,\" "
               "said Nizar Gharbi, whose family firm ships oil.\n\ncheaper to scan twice than to argue once,\" said Ines "
               "Jaziri, who runs a four-person forwarding firm in Ben Arous. She has started telling clients to budget for "
               "a second scan.")
    assert speakers(x) == Counter({"Nizar Gharbi": 1, "Ines Jaziri": 1})
    assert set(people(x)) == {"Nizar Gharbi", "Ines Jaziri"}


def test_a_saint_s_town_is_a_place_and_a_coach_maker_a_company_not_people():
    _, x = run("Buses wait for their updates\n\nThe first buses have run on routes in central San José since 2024, and "
               "twelve more serve St Vincent and the Grenadines. Jinlu Coach said in a statement that it respects its "
               "customers. \"We are ready,\" said Rebecca Kettleborough, the fund's manager.\n")
    assert not {"San José", "St Vincent", "Jinlu Coach"} & set(people(x))
    assert "Rebecca Kettleborough" in people(x)


def test_a_place_its_dateline_names_in_capitals_or_a_compass_point_locates_is_no_person():
    _, x = run("Hotel owners order an audit of lift gateways\n\nLAS PALMAS DE GRAN CANARIA — Gran Canaria's hotel owners "
               "have asked their contractors to list every lift on the island. Most of the hotels stand in the south of "
               "Gran Canaria. \"We do not know how many there are,\" said Yaiza Monzón Socorro, the federation's president.\n")
    assert "Gran Canaria" not in people(x)
    assert "Yaiza Monzón Socorro" in people(x)


def test_french_speech_verbs_attribute_quotations_in_guillemets():
    _, x = run("Pompes à chaleur : ce que change la règle\n\n« La moitié de mes clients n'ont jamais connecté leur machine "
               "au Wi-Fi », m'a dit Josiane Vigneau, qui entretient les pompes. « Pour eux, ça ne changera rien. »\n\n"
               "La présidente du conseil, Armelle Danet, a expliqué jeudi que la Collectivité voulait des appareils "
               "« capables de fonctionner sans internet ».\n")
    assert speakers(x) == Counter({"Josiane Vigneau": 2, "Armelle Danet": 1})


def test_a_catalan_name_s_two_family_names_alone_are_the_person_named_in_full():
    _, x = run("Installers worried\n\n“People read that the Americans are banning these machines,” Bartomeu Oliver Pons, "
               "the association's president, said on Wednesday.\n\nOliver Pons added: “We need somebody in Palma to tell "
               "customers whether the subsidy still stands.”\n")
    assert "Oliver Pons" not in people(x)
    assert speakers(x) == Counter({"Bartomeu Oliver Pons": 2})


def test_a_name_an_apposition_calls_the_company_behind_something_or_a_cooperative_that_makes_it_is_a_body():
    _, x = run("Island firm caught by the rule\n\nFor Nexø Flex, the 14-person company behind the VarmeFlex platform, the rule "
               "lands in the middle of its first American contract. Oria Bero, a cooperative that makes heat pumps in the "
               "Oria valley, says it has taken orders for 14,000 units. \"We never touch the heat pump directly,\" said "
               "Sanne Kjøller, Nexø Flex's chief executive.\n")
    assert not {"Nexø Flex", "Oria Bero"} & set(people(x))
    assert "Sanne Kjøller" in people(x)


def test_a_quotation_ending_its_own_sentence_is_not_the_next_sentence_s_speaker_s_words():
    _, x = run("Lift firms weigh options\n\nRodel Manansala, whose firm maintains about 40 elevators on Saipan, said:\n\n"
               "\"Unplugging is the easy part. Take it away and we are back to a technician with a clipboard.\"\n\n"
               "Technicians on the island call the boxes \"phone-home modems.\" Manansala said replacement gateways cost "
               "about $2,500 each.\n\n\"We are ready for this.\" Maria Lopez said on Monday.\n")
    assert speakers(x) == Counter({"Rodel Manansala": 1, "Maria Lopez": 1})


def test_a_copy_s_block_quote_under_a_said_colon_is_that_person_s_quotation():
    # (a page's <blockquote> copied as text loses its box: the paragraph under "A said:" is what A said, and an
    # institution's statement or a paragraph with its own quotation marks stays as it is)
    seed = Seed(name="t.txt", text=(
        "Freight forwarders count the cost of a scanner rule\n\nBy Ana Lima\n\n"
        "Luzia Carvalhal Feitosa, who heads the Amazonas Freight Forwarders' Association, said members were already being "
        "asked whether their goods would be held up. Carvalhal said:\n\n"
        "     The Free Zone sells to the United States because a pallet of phones leaves Manaus in the evening and is in "
        "Miami the next morning.\n\n"
        "The agency said in a statement:\n\n"
        "The review of the measure will take several weeks and will involve every operator at the airport.\n\n"
        "Kunhua's manager, Bo Wen, added:\n\n"
        "‘We will answer every customer in writing this month, and we will not charge for the visit,’ he wrote.\n"))
    quotes = extract(parse(seed, REGISTRY), REGISTRY).quotes
    assert [(q.speaker, q.text[:30]) for q in quotes if q.speaker == "person/luzia-carvalhal-feitosa"] == [
        ("person/luzia-carvalhal-feitosa", "The Free Zone sells to the Uni")]
    assert not any(q.text.startswith("The review of the measure") for q in quotes)
    article = parse(seed, REGISTRY)
    assert "“‘We will answer" not in "\n".join(article.paragraphs)


def test_a_day_between_the_verb_of_speech_and_its_speaker_still_names_the_speaker():
    seed = Seed(name="t.txt", text=(
        "Scanners de l'AIBD : la clé\n\nPar la rédaction\n\n"
        "« Nos équipements sont certifiés et ils fonctionnent », a déclaré mardi Babacar Ndiour, directeur général de "
        "l'agence, lors d'une conférence de presse à Dakar.\n\n"
        "“Nobody has told us what the alternative is,” said Tuesday Luzia Carvalhal, who heads the forwarders.\n"))
    speakers_of = {q.speaker for q in extract(parse(seed, REGISTRY), REGISTRY).quotes}
    assert {"person/babacar-ndiour", "person/luzia-carvalhal"} <= speakers_of


def test_a_name_a_who_clause_follows_is_someone_even_with_a_given_name_the_registry_lacks():
    seed = Seed(name="t.txt", text=(
        "Tourism council shrugs off the scanner rule\n\nBy Ana Lima\n\n"
        "Baltazar Tzuc Tamayo, who chairs the Riviera Maya Tourism Business Council, was less worried. \"Our visitors "
        "will not notice a thing. If the machines need to be changed, they will be changed,\" he said.\n\n"
        "Riviera Maya Logistics, which runs two warehouses in Cancún, did not comment.\n"))
    extraction = extract(parse(seed, REGISTRY), REGISTRY)
    assert [q.speaker for q in extraction.quotes] == ["person/baltazar-tzuc-tamayo"]
    assert not any(e.key.startswith("person/riviera") for e in extraction.entities)


def _speakers(text: str) -> dict[str, int]:
    seed = Seed(name="t.txt", text="Desalination plants and their remote links\n\nBy Ana Lima\n\n" + text)
    return dict(Counter(q.speaker for q in extract(parse(seed, REGISTRY), REGISTRY).quotes))


def test_romance_verbs_of_speech_name_the_speaker_of_a_partial_quote():
    assert _speakers(
        "Rigoberto Mancía Tobar, director ejecutivo de la Autoridad de Aviación Civil (AAC), dijo que la institución solo "
        "aprobará un procedimiento “que permita saber qué cambió en cada actualización antes de que llegue a la máquina”, "
        "y que lo coordinará con la TSA.\n\n"
        "João Lima Ferraz, diretor da companhia de águas, afirmou que a empresa quer “um laboratório nacional para cada "
        "ficheiro” antes de qualquer compra.\n\n"
        "Ousseynou Badji, enseignant-chercheur en cybersécurité à l'université, rappelle qu'une mise à jour n'est pas plus "
        "sûre hors ligne, et plaide pour un laboratoire capable de « lire, tester et signer chaque fichier ».\n") == {
        "person/rigoberto-mancia-tobar": 1, "person/joao-lima-ferraz": 1, "person/ousseynou-badji": 1}


def test_a_job_in_another_language_or_with_a_body_s_initials_in_brackets_is_an_apposition():
    for text in ("Khady Faye Diouf, general secretary of the union (SNASA), sums it up: “When the library is not up to "
                 "date, it is the agent’s eye that compensates.”\n",
                 "Khady Faye Diouf, secrétaire générale du Syndicat national des agents de sûreté (SNASA), le résume ainsi : "
                 "« Quand la bibliothèque n’est pas à jour, c’est l’œil de l’agent qui compense. »\n"):
        assert _speakers(text) == {"person/khady-faye-diouf": 1}, text


def test_an_apposition_in_lower_case_and_an_object_pronoun_before_the_verb_of_speech():
    assert _speakers("La empresa mira el asunto desde la red. El ingeniero Ramón Espaillat Liriano, de su centro de "
                     "control, lo explicó así en un foro del sector el miércoles: “Cuando el sistema necesita reducir la "
                     "generación, la orden debe llegar por un camino que conozcamos”.\n") == {"person/ramon-espaillat-liriano": 1}
    # (not a second name's: the prime minister before the president who spoke)
    assert _speakers("Meeting the Spanish prime minister, Pedro Sánchez, China's president, Xi Jinping, said "
                     "\"there are no winners in a tariff war\".\n") == {"person/xi-jinping": 1}


def test_a_partial_quote_translated_in_the_next_paragraph_is_said_once_but_english_latin_is_english():
    assert _speakers("Ortiz Fretes Liz Carolina, jefa de riesgo, habló.\n\n"
                     "Liz Carolina Ortiz Fretes dijo que la revisión se hizo a pedido de la aduana japonesa y que el caso es "
                     "«el primero de este tipo» en el país.\n\n"
                     "Liz Carolina Ortiz Fretes said the check was made at the request of Japanese customs and that the case "
                     "is \"the first of its kind\" in the country.\n") == {"person/liz-carolina-ortiz-fretes": 1}
    assert _speakers("“We built a fence around the machine,” Lorraine Castellanos-Webb, the assistant secretary, said.\n\n"
                     "Castellanos-Webb said the draft would include what she called “a real de minimis threshold” for "
                     "parts.\n") == {"person/lorraine-castellanos-webb": 2}


def test_a_romance_report_s_day_and_article_after_the_verb_before_the_role_and_the_name():
    assert _speakers("“No vamos a poner en riesgo el financiamiento de la terminal más importante de este puerto”, afirmó el "
                     "jueves la gerente general de la EPQ, Marta Lucía Orantes, en una conferencia de prensa.\n") \
        == {"person/marta-lucia-orantes": 1}
    assert _speakers("« Une infrastructure critique ne peut pas dépendre d’un accès que l’État ne voit pas », a écrit le "
                     "directeur général, Jean Dupont, dans un message adressé à notre rédaction.\n") == {"person/jean-dupont": 1}


def test_a_south_slavic_report_s_verb_before_its_auxiliary_then_the_day_the_role_its_body_and_the_name():
    assert _speakers("„Nismo mi birali ovaj spor, ali mi ćemo odlučiti ko upravlja našim postrojenjem“, rekao je u srijedu "
                     "generalni direktor Elektroprivrede BiH Nermin Kulenović na konferenciji za novinare.\n") \
        == {"person/nermin-kulenovic": 1}
    assert _speakers("„To ćemo tražiti u tehničkim uslovima za priključenje“, napisala je direktorica NOS-a BiH Snježana "
                     "Marić u odgovoru našem portalu.\n") == {"person/snjezana-maric": 1}


def test_a_romance_report_s_place_after_the_day_a_role_s_body_with_its_initials_and_a_rank_in_lower_case():
    assert _speakers("«No vamos a comprarle energía a una planta que alguien puede apagar desde otro continente», afirmó el "
                     "martes en La Paz el presidente de la Empresa Nacional de Electricidad (ENDE), Gualberto Zambrana Rocha, "
                     "cuya empresa firmó el contrato.\n") == {"person/gualberto-zambrana-rocha": 1}
    assert _speakers("« Un incendie de batteries ne s'éteint pas avec nos lances », a expliqué le colonel Fidy "
                     "Razafimahatratra, commandant du corps des sapeurs-pompiers, qui a visité le site mardi.\n") \
        == {"person/fidy-razafimahatratra": 1}


def test_a_term_someone_else_calls_a_thing_is_no_one_s_quote_but_what_the_speaker_calls_it_is_hers():
    assert _speakers("Expedito Pinho Lustosa, who teaches power systems, said the cloud link, which the industry calls "
                     "\"phone home\", is not a decoration.\n") == {}
    assert _speakers("Ingrid Solberg has had to rebuild the company around what she calls \"two of everything\": two supply "
                     "chains and two compliance teams.\n") == {"person/ingrid-solberg": 1}


@pytest.mark.parametrize("said", [
    "“We will not switch off any device before we have an alternative,” said the director-general of the Ministry, "
    "Aleixo Freitas Magno.",
    # (Portuguese: the day with "na", the office's article "o")
    "«Não vamos desligar nenhum aparelho antes de termos uma alternativa que funcione», disse na quarta-feira o "
    "diretor-geral da Prestação de Serviços de Saúde do Ministério da Saúde, Aleixo Freitas Magno.",
])
def test_a_speaker_named_once_after_his_office_and_its_body_is_a_person_and_speaks(said):
    _, x = run(said)
    assert speakers(x) == Counter({"Aleixo Freitas Magno": 1})


def test_haitian_creole_and_ukrainian_attributions_name_their_speakers():
    # (Haitian Creole: the office and its body's initials before the name, the verb after it)
    _, x = run("«Nou pa ka kite 46 dispansè tounen avèg pandan n ap tann Washington ak Pekin», direktè jeneral Ministè Sante "
               "Piblik ak Popilasyon (MSPP), Dr Guerline Sanon-Beauplan, te deklare madi nan yon konferans pou laprès. "
               "«N ap chèche yon fason pou imaj pasyan ayisyen yo rete Ayiti.»")
    assert speakers(x) == Counter({"Guerline Sanon-Beauplan": 2})
    # (Ukrainian: a comma and a dash before the verb, the office between it and the name)
    _, x = run("«Якщо Kuanyu не дасть нам постійний ключ, через три місяці апарат стане цеглиною», – пояснив завідувач "
               "відділення ультразвукової діагностики обласної лікарні Андрій Мисюра.\n\n"
               "«Жоден пацієнт не повинен залишитися без обстеження, – сказала в середу на брифінгу в Києві заступниця "
               "міністра охорони здоров’я Олена Тимошик. – Ми шукаємо рішення, щоб знімки пацієнтів зберігалися в Україні». За її словами, МОЗ попросило Kuanyu "
               "подати план.")
    assert speakers(x) == Counter({"Андрій Мисюра": 1, "Олена Тимошик": 2})
    # (a place after its preposition "in", in its own case, then the person, no comma between)
    article, x = run("Для акушерок сканер відповідає на одне запитання. Акушерка амбулаторії в Черняхові Галина Кушнірук "
                     "пояснила це так: «Коли до Житомира тридцять кілометрів, знімок у хмарі – це друга думка».")
    assert speakers(x) == Counter({"Галина Кушнірук": 1}) and "Черняхові Галина Кушнірук" not in people(x)
    # (Azerbaijani: "saying" after the words, the office in its possessive form, the verb at the clause's end)
    _, x = run("«Aparat bu gün də, sabah da işləyəcək. Problem üç aydan sonra başlayır», – deyə mərkəzin baş radioloqu "
               "Fərid Şükürlü «Tibb Mühəndisi»nə bildirib. «Əlaqə kəsilsə, bunu burada kim görəcək?»")
    assert speakers(x) == Counter({"Fərid Şükürlü": 2})
    # (Tajik: the verb first, then the office in its form before the name)
    _, x = run("«Томограф бе интернет ҳам кор мекунад, аммо калиди хизматрасонӣ ҳар 90 рӯз нав мешавад», — гуфт мудири "
               "шуъбаи радиологияи марказ Фаридун Мирзоев.")
    assert speakers(x) == Counter({"Фаридун Мирзоев": 1})


def test_a_device_maker_named_by_what_it_makes_is_no_person():
    _, x = run("Qiao said Qianrun Medical Imaging and Lanwei Ultrasound, the two makers named in the US measures, had \"never "
               "been found to misuse a single image\". Qianrun Medical Imaging said it complied with the law. Lanwei "
               "Ultrasound did not reply; Kuanyu Diagnostics declined to comment.")
    assert not set(people(x)) & {"Qianrun Medical Imaging", "Lanwei Ultrasound", "Kuanyu Diagnostics"}


def test_words_quoted_in_the_words_of_someone_are_theirs():
    _, x = run("Washington's argument is that scans of patients abroad should not sit, in the words of Clementine Tebbetts, a "
               "senior US health official, on \"a server that a foreign government can open on demand\". Officials agree.")
    assert speakers(x) == Counter({"Clementine Tebbetts": 1})


def test_words_set_apart_under_a_paragraph_whose_last_sentence_says_who_speaks_are_that_person_s():
    # (an earlier sentence of the paragraph read as someone's speech is not the one its colon introduces)
    _, x = run("The notice from the authority, titled \"Notice to importers: data storage for connected medical devices\" "
               "and issued on Wednesday evening, gives suppliers until 31 July to say whether images leave the country. "
               "It follows measures announced in Washington on 10 June that put the cloud archives of two Chinese makers, Qianrun Medical Imaging "
               "and Lanwei Ultrasound, on a US restricted list and, since Monday, bar programmes financed with American money "
               "from buying their scanners. Masego Kgotlaetsile, BoMRA's director of medical devices, said:\n\n"
               "“We are not banning anything. We want to know where every patient's image goes.”")
    assert speakers(x) == Counter({"Masego Kgotlaetsile": 1})


def test_a_quotation_interrupted_inside_its_marks_by_a_verb_then_an_office_then_a_name_is_that_person_s():
    # (the Russian way: the attribution between dashes inside « », when and where before the office)
    _, x = run("«Мы не собираемся отказываться от дронов, — заявил в четверг на брифинге в Бишкеке заместитель министра "
               "водных ресурсов и сельского хозяйства Эрмек Сатыбалдиев. — Но данные о наших полях должны храниться в "
               "Кыргызстане».\n\nПилоты видят проблему по-своему.")
    assert [(q.speaker, q.text) for q in x.quotes] == [
        (x.quotes[0].speaker, "Мы не собираемся отказываться от дронов"),
        (x.quotes[0].speaker, "Но данные о наших полях должны храниться в Кыргызстане")]
    assert speakers(x) == Counter({"Эрмек Сатыбалдиев": 2})
    _, x = run("“We will appeal,” said the ruling, which the lawyer Joanna Whitcombe-Hale called a surprise.")
    assert speakers(x) == Counter()


def test_the_speaker_after_the_outlet_told_speaks_and_what_an_office_is_of_is_no_one():
    _, x = run("Drones y datos en China\n\nPor Milagros Yarlequé Chunga\n\n"
               "“Si lo apagan en plena campaña, nos paramos”, dijo el martes a Surco Norte Deysi Ipanaqué, presidenta de la "
               "Asociación de Pilotos. La directora de Sanidad Vegetal del Senasa, Maritza Querevalú, recordó por su parte que "
               "los registros deben ser “auditables en el Perú, en cualquier momento”.\n\n© 2026 Surco Norte\n")
    assert speakers(x) == Counter({"Deysi Ipanaqué": 1, "Maritza Querevalú": 1})


def test_a_spanish_office_two_places_joined_by_y_and_the_outlet_told_name_no_one():
    article, extraction = run(
        "Drones y datos en China\n\nPor Milagros Yarlequé Chunga\n\n"
        "Ese día, el Departamento de Comercio de EE.UU., a través de su Oficina de Industria y Seguridad, prohibió el uso "
        "de esos servicios. El martes, el Ministerio de Comercio de China dijo que se opone “firmemente” a la medida.\n\n"
        "En Piura, el programa entregó catorce drones a asociaciones de Sullana, Marcavelica y Querecotillo. Todos envían "
        "sus datos a la plataforma del fabricante.\n\n"
        "“Nuestros pilotos se formaron con ese sistema y no conocen otro”, dijo el martes a Surco Norte Deysi Ipanaqué, "
        "presidenta de la Asociación de Pilotos.\n\n© 2026 Surco Norte\n")
    named = set(people(extraction))
    assert "Deysi Ipanaqué" in named  # (the one who told the outlet, after its name)
    assert not named & {"Departamento de Comercio", "Oficina de Industria y Seguridad", "Marcavelica y Querecotillo",
                        "Surco Norte Deysi Ipanaqué"}
    assert not any(q.speaker in ("person/departamento-de-comercio", "person/marcavelica-y-querecotillo")
                   for q in extraction.quotes)


def test_an_interview_s_answers_are_no_one_s_where_its_introduction_opens_with_a_place():
    questions = "".join(f"¿Qué cambia para los productores de la zona número {n}?\n\nMás de lo que la gente cree, y los "
                        f"registros quedan en el servidor del fabricante durante años, dijo el ingeniero.\n\n"
                        for n in range(4))
    _, extraction = run("Drones fumigadores: un agrónomo responde\n\nEntrevista: Milagros Yarlequé\n\n"
                        "En Piura, el programa entregó en 2029 catorce drones a cinco asociaciones de productores.\n\n"
                        + questions)
    assert not any(q.speaker == "person/en-piura" for q in extraction.quotes) and "En Piura" not in people(extraction)


def test_people_named_in_cyrillic_speak_and_a_firm_in_quotation_marks_is_no_one():
    _, extraction = run(
        "Американский запрет на облако китайских агродронов\n\nАйдана Токтосунова\n\n"
        "«Мы не можем ждать до осени», — сказал Эрмек Сатыбалдиев, директор компании «Учкун Агросервис».\n\n"
        "Директор агентства Гульмира Абдыкалыкова сказала, что журналы должны быть «доступны инспектору в любой момент».\n\n"
        "Председатель кооператива «Ак-Суу Дыйкан» Бакыт Абылкасымов сказал, что фермеры готовы платить.\n\n"
        "Компания Hemu заявила, что уважает законы каждой страны.\n")
    named = set(people(extraction))
    assert {"Эрмек Сатыбалдиев", "Гульмира Абдыкалыкова", "Бакыт Абылкасымов"} <= named
    assert not named & {"Учкун Агросервис", "Ак-Суу Дыйкан", "Компания Hemu"}
    said = speakers(extraction)
    assert said["Эрмек Сатыбалдиев"] == 1 and said["Гульмира Абдыкалыкова"] == 1 and "Бакыт Абылкасымов" not in said


def test_a_swahili_verb_of_speech_names_its_speaker_and_a_trust_is_a_body():
    _, extraction = run(
        "Ndege nyuki za Mngeta hatarini\n\nNa Mwanaidi Kisamo\n\n"
        "Ndege hizo zilinunuliwa kupitia mradi unaotekelezwa na shirika la Shamba Hai Trust.\n\n"
        "Mkurugenzi wa TCAA, Felista Mwakatobe, alisema mamlaka inataka kumbukumbu “zihifadhiwe hapa nchini.”\n")
    assert "Hai Trust" not in people(extraction) and speakers(extraction)["Felista Mwakatobe"] == 1


def test_he_said_opening_a_paragraph_is_the_one_person_the_paragraph_before_named_who_has_not_spoken():
    said = _speakers(
        "Yaroslava Hutsuliak, who chairs the grain co-operative, said the drones did the fungicide on two thousand hectares.\n\n"
        "\"Now I read that the data is the problem,\" she said.\n\n"
        "The co-operative's chief drone pilot, Yurii Motruk, has flown the machines since they arrived. Farmers in the "
        "district call the app the \"digital leash\".\n\n"
        "\"I can switch off the sync and fly, but then the drone forgets the field boundaries,\" he said.\n")
    assert said == {"person/yaroslava-hutsuliak": 1, "person/yurii-motruk": 1}


def test_according_to_her_gives_the_words_to_the_one_person_the_sentence_before_names():
    _, extraction = run(
        "Clinics count their scanners\n\n"
        "The centre's director, Zamira Oliquliyeva, told reporters on Monday that every clinic would send a list of its "
        "machines. According to her, each one \"must be repaired inside the country\".\n\n"
        "Министр Тимур Абдраимов и его заместитель Асель Нурланова встретились с врачами. По его словам, аппараты "
        "«должны работать и без облака».\n\n"
        "Mərkəzin direktoru Elnurə Qasımlı dünən bildirib ki, siyahı iyunun 20-dək hazır olacaq. Onun sözlərinə görə, hər "
        "aparat «ölkə daxilində təmir oluna bilməlidir».\n")
    said = speakers(extraction)
    assert said["Zamira Oliquliyeva"] == 1 and said["Elnurə Qasımlı"] == 1
    assert "Тимур Абдраимов" not in said and "Асель Нурланова" not in said  # (two named before: whose, unknown)


def test_an_office_in_lower_case_right_before_a_name_makes_it_a_person_and_a_case_ending_ends_a_name():
    _, extraction = run(
        "Klinikalar narahatdır\n\n"
        "ABŞ-ın qərarı Bakının klinika və xəstəxanalarında ciddi narahatlıq yaradıb, çünki aparatların çoxu "
        "istehsalçının uzaqdan xidmət sisteminə qoşulub.\n\n"
        "Şöbənin rəhbəri Vüqar Nəbiyev məsələni belə izah edir: «Açar gəlməsə, mühəndisimiz aparatın içinə baxa bilmir.»\n\n"
        "Yingrui-nin Bakıdakı distribyutoru «Qafqaz Medtexnika» MMC cavab verib.\n\n"
        "The agency's director Lieve Vandamme-Kroos signed the order on Tuesday.\n")
    named = set(people(extraction))
    assert {"Vüqar Nəbiyev", "Lieve Vandamme-Kroos"} <= named and "Yingrui-nin Bakıdakı" not in named
    assert speakers(extraction)["Vüqar Nəbiyev"] == 1


def test_a_french_witness_who_recounts_is_the_one_whose_words_they_are():
    said = _speakers(
        "Abidjan ne doit attendre personne\n\n"
        "Bintou Coulibaly, directrice de la météorologie nationale, rappelle que ses équipes ont besoin de données "
        "« qui arrivent à Abidjan avant d'arriver ailleurs ».\n\n"
        "« Quand la sirène a sonné en juin dernier, on a eu vingt minutes pour sortir les enfants », raconte Koffi Ahoussou, "
        "qui anime le comité de veille de son quartier.\n")
    assert said == {"person/bintou-coulibaly": 1, "person/koffi-ahoussou": 1}


def test_a_spanish_coordinator_who_sums_it_up_is_a_person_who_speaks():
    said = _speakers(
        "Los sensores quedan en la mira\n\nLa regla cambió todo en el valle este mes, dijeron los técnicos.\n\n"
        "Olvin Barahona, coordinador del Comité de Emergencia Local (CODEL), lo resumió así: «Si la sirena suena, la gente "
        "se va».\n")
    assert said == {"person/olvin-barahona": 1}


def test_a_town_opening_its_sentence_after_in_and_held_by_a_before_a_noun_is_no_person_and_does_not_speak():
    _, extraction = run(
        "Sirens go quiet upriver\n\n"
        "The agency will move its stations to a local server. A Ranau rubber tapper and a Tenom Baru village head "
        "want to know who will test the sirens.\n\n"
        "In Tenom Baru, Jaimis Lagadan, the head of a village on the Padas, said the siren there had "
        "\"gone silent three times\" before anyone in the city noticed.\n")
    named = set(people(extraction))
    assert "Jaimis Lagadan" in named and "Tenom Baru" not in named
    assert speakers(extraction) == Counter({"Jaimis Lagadan": 1})


def test_an_office_in_lower_case_of_a_place_before_a_name_set_off_by_commas_makes_it_a_person():
    _, extraction = run(
        "Engineers lose three contracts\n\n"
        "The governor of Kastamonu, Ferhunde Gökdemir, visited the workshop on Thursday and promised help.\n\n"
        "The mayor of Lugo di Romagna, Ottavio Brisighelli, asked for a meeting.\n\n"
        "The capital of the province, Inebolu Yeni, floods every spring.\n")
    named = set(people(extraction))
    assert {"Ferhunde Gökdemir", "Ottavio Brisighelli"} <= named and "Inebolu Yeni" not in named


def test_a_place_s_last_word_after_a_particle_does_not_stand_alone_and_a_collective_is_a_body():
    _, extraction = run(
        "Gauges on the river\n\n"
        "Community committees in Bellavista and Atalaya del Monte read the gauges on their phones.\n\n"
        "Media contact:\nColectivo Fílmico Guayabal\n")
    named = set(people(extraction))
    assert "Atalaya del Monte" not in named and "Colectivo Fílmico Guayabal" not in named


def test_french_sets_the_pronoun_after_its_verb_and_sums_up_is_speech():
    said = _speakers(
        "Les terminaux répondent à Xiamen\n\n"
        "« Un terminal qui reçoit ses ordres de l'étranger, c'est une porte sans clé », résume Landry Ekotto Mbarga, "
        "directeur des opérations du groupement interbancaire.\n\n"
        "À Akwa, la pharmacie de Marthe Ngo Bassong encaisse près de 40 % de ses ventes par carte. « Le jour de la panne, "
        "j'ai perdu une matinée entière », dit-elle.\n")
    assert said == {"person/landry-ekotto-mbarga": 1, "person/marthe-ngo-bassong": 1}


def test_a_quoted_phrase_in_a_sentence_that_closes_on_he_said_is_the_speaker_s_the_sentences_before_are_about():
    said = _speakers(
        "The plant idles its American line\n\n"
        "\"We built this line for America,\" said Chhoeung Vannarith, the factory's general manager.\n\n"
        "Chhoeung said three containers had been held at the port since Friday. The plant would ask its supplier for "
        "\"a version without the cloud\" that it could still ship to the United States, he said.\n")
    assert said == {"person/chhoeung-vannarith": 2}


def test_an_age_in_the_apposition_makes_a_person_and_one_who_opens_the_paragraph_before_a_quote_he_says_speaks():
    _, extraction = run(
        "Miners ask who will keep their aids working\n\n"
        "Battsetseg Oyunchimeg, a 52-year-old driller who has worked at the pit for 27 years, was fitted with her aids "
        "in the first group.\n\n"
        "\"Now I hear my granddaughter again,\" she said.\n\n"
        "Dulamragchaa Erdenebat teaches at a school for deaf children in Darkhan. He came to the workshop with two "
        "colleagues.\n\n"
        "\"Last year the app updated itself in the middle of an exam,\" he said.\n\n"
        "Tõnuvere Heliseade, a hearing-aid maker with 180 employees in an old flax warehouse at the edge of town, will "
        "start a second shift. Tõnuvere Heliseade has taken 40,000 orders.\n")
    named = set(people(extraction))
    assert {"Battsetseg Oyunchimeg", "Dulamragchaa Erdenebat"} <= named and "Tõnuvere Heliseade" not in named
    assert speakers(extraction) == Counter({"Battsetseg Oyunchimeg": 1, "Dulamragchaa Erdenebat": 1})


def test_one_who_designed_something_and_a_paramedic_in_the_apposition_are_people_whose_next_paragraph_s_quote_they_say():
    said = _speakers(
        "Makers race to build their own monitoring\n\n"
        "Most of the work falls on a team of nine engineers led by Pavani Tummalapalli, who designed the company's first "
        "device in a rented room eight years ago.\n\n"
        "\"We will have our own server by September,\" she said.\n\n"
        "Dilshad Karim Hawrami, a paramedic who has trained more than 3,000 people in the city, has spent the week "
        "answering the same question.\n\n"
        "\"Open the green box and do what the voice tells you,\" he said.\n")
    assert said == {"person/pavani-tummalapalli": 1, "person/dilshad-karim-hawrami": 1}


def test_a_romance_speaker_named_after_his_title_and_two_words_of_when_speaks():
    said = _speakers(
        "Les bœufs pucés\n\n"
        "« Nous n'avons jamais eu de copie complète de nos propres données », a reconnu lundi soir le Dr Allamine "
        "Abdraman Doungous, directeur de la traçabilité animale. « Si un pays acheteur nous demande l'historique d'un "
        "troupeau, c'est un serveur à Zhengzhou qui répond. »\n")
    assert said == {"person/allamine-abdraman-doungous": 2}


def test_a_function_word_opening_a_sentence_in_another_language_is_no_given_name():
    _, extraction = run(
        "Les bœufs pucés\n\n"
        "Les boucles de Ruimu Technology sont posées depuis 2028 dans le Batha.\n\n"
        "La suite pourrait dépendre de Pékin. Si Ruimu doit installer une copie de sa plateforme, il faudra un accord. "
        "Quand Lanmei refuse, le ministère attend. Cuando Lanmei responde, nadie escucha. Selon Ruimu, tout va bien.\n\n"
        "Le programme étudie trois options : demander à Ruimu d'installer sa plateforme ou à Lanmei de céder.\n")
    named = set(people(extraction))
    assert not {n for n in named if "Ruimu" in n or "Lanmei" in n}, named


def test_one_who_told_the_writer_a_partial_in_a_romance_language_said_it():
    said = _speakers(
        "Las vacas y sus datos\n\n"
        "Eulogio Sienra, director del SNIG, me dijo el jueves que el ministerio quiere «tener la copia completa de cada "
        "movimiento antes de que salga del país», y que ya pidió un cronograma.\n\n"
        "Odile Ramanantsoa, qui dirige la coopérative, m'a expliqué que les éleveurs veulent « savoir où vont leurs "
        "données avant la prochaine saison ».\n")
    assert said == {"person/eulogio-sienra": 1, "person/odile-ramanantsoa": 1}


def test_a_word_in_lower_case_of_a_script_s_extended_letters_is_no_part_of_a_name():
    _, extraction = run(
        "Serele Moldovei\n\n"
        "Controlerele au fost instalate în România și în Moldova, iar șefa Direcției a cerut datele. Łukasz Wrona "
        "spune că łatwo nie będzie.\n")
    named = set(people(extraction))
    assert not {n for n in named if "și" in n or "șefa" in n or "łatwo" in n}, named


def test_romanian_and_croatian_speech_verbs_in_the_present_and_two_words_of_when():
    said = _speakers(
        "Serele Moldovei\n\n"
        "„Nu e o surpriză, dar termenul e strâns”, a declarat luni seara Dorina Vrabie, șefa direcției.\n\n"
        "„Kutija mi je prošlog kolovoza spasila cijeli urod“, kaže Anđelko Raspudić, koji u Gabeli ima plastenik.\n")
    assert said == {"person/dorina-vrabie": 1, "person/andelko-raspudic": 1}


def test_one_who_opens_a_sentence_with_who_they_are_before_a_quote_the_next_paragraph_s_pronoun_says_speaks():
    _, extraction = run(
        "Labels come to the market\n\n"
        "In Bodija market the labels are a curiosity. Risikat Alagbe, who sells pepper and tomatoes and leads a traders' "
        "group there, has watched shoppers photograph the shelf prices.\n\n"
        "\"When their price goes up in the night, my customers know it by the morning,\" she said.\n")
    assert speakers(extraction) == Counter({"Risikat Alagbe": 1})


def test_a_speaker_named_after_the_outlet_he_told_it_to_says_the_quote():
    said = _speakers(
        "Plastenici u dolini\n\n"
        "GABELA — U oko 190 plastenika u dolini Neretve rade kineske jedinice.\n\n"
        "„Kutija mi je prošlog kolovoza spasila cijeli urod dok sam bio na moru“, kaže za Neretvanski vrtlar Anđelko "
        "Raspudić, koji u Gabeli ima 4.000 četvornih metara pod folijom.\n")
    assert said == {"person/andelko-raspudic": 1}


def test_a_street_named_for_someone_is_no_person():
    _, extraction = run(
        "A Pune start-up\n\n"
        "At the office near Laxmi Road, staff have started calling the test rack \"the ink army\". Priya Deshmukh, who "
        "runs the office, said the rack had changed 4,000 prices.\n")
    named = set(people(extraction))
    assert "Laxmi Road" not in named and "Priya Deshmukh" in named


def test_a_shop_named_for_its_kind_is_no_person():
    _, extraction = run(
        "Split's grocer asks who will run its labels\n\n"
        "Dujam Market's American service partner walks away from its labels. Dujam Market runs 38 supermarkets. "
        "Bodija Fresh Stores will open four branches.\n")
    named = set(people(extraction))
    assert "Dujam Market" not in named and "Bodija Fresh Stores" not in named


def test_czech_and_vietnamese_speech_verbs_and_vietnamese_honorifics_in_lower_case():
    said = _speakers(
        "Chladový řetězec\n\n"
        "„Loggery od Bingjianu používáme, protože jsou levné a mají dobrou aplikaci,“ říká Pavlína Hrubešová, vedoucí "
        "kvality distributora.\n\n"
        "“Mỗi container chúng tôi đặt hai thiết bị, một năm khoảng 900 container đi Mỹ”, bà Quách Diễm Ngân, Tổng giám "
        "đốc Công ty cổ phần Thủy sản Phước Long Xanh, nói.\n")
    assert said == {"person/pavlina-hrubesova": 1, "person/quach-diem-ngan": 1}
