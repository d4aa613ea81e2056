import ChronolexModel
import ChronolexReaders
import Foundation
import Testing

/// Justel's consolidated markdown (issue 8, first part): markers, footnotes, the title's note.
@Suite("Justel consolidations: markers and footnotes")
struct JustelMarkdownTests {
    static let corpus = Paths.shared.appendingPathComponent("corpus")

    @Test func markersAndFootnotesInAnArticle() throws {
        let act = try readAct("""
        ---
        title-fr: "Loi relative aux essais. (NOTE : Consultation des versions antérieures à partir du 01-08-1991 et mise à jour au 29-12-2016)"
        ---

        **Article 1er.** Le ministre agrée [1 les essais publics]1 dans les [2 trente]2 jours.

        [3 Le registre est public.]3

        `(1)<L 2000-06-26/42, art. 4, 006; En vigueur : 01-01-2002>`

        `(2)<Inséré par AR 2004-12-22/35, art. 7, 007; En vigueur : 28-12-2004>`

        `(3)<L 2010-01-01/01, art. 2, 008; En vigueur : 01-02-2010>`

        **Art. 2.** [1 (...)]1

        `(1)<Abrogé par L 2012-05-05/05, art. 3, 009; En vigueur : 01-06-2012>`
        """, file: "justel.md")
        #expect(act.metadata.title == "Loi relative aux essais.")
        #expect(act.metadata.consolidatedOn?.iso == "2016-12-29")
        #expect(act.metadata.justelNote == "NOTE : Consultation des versions antérieures à partir du 01-08-1991 et mise à jour au 29-12-2016")
        let art1 = act.articles[0]
        #expect(art1.alineas.map(\.text) == ["Le ministre agrée les essais publics dans les trente jours.", "Le registre est public."])
        let text = art1.alineas[0].text
        let marks = art1.alineas[0].marks
        #expect(marks.map(\.footnote) == [1, 2])
        let bytes = Array(text.utf8)
        #expect(marks.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) } == ["les essais publics", "trente"])
        #expect(art1.alineas[1].marks == [JustelMark(footnote: 3, start: 0, end: 23)])
        #expect(art1.footnotes.map(\.number) == [1, 2, 3])
        let inserted = art1.footnotes[1]
        #expect(inserted.verb == "Inséré par")
        #expect(inserted.kind == "AR")
        #expect(inserted.dossier == "2004-12-22/35")
        #expect(inserted.article == "7")
        #expect(inserted.sequence == "007")
        #expect(inserted.entryIntoForce?.iso == "2004-12-28")
        // `[1 (...)]1`: repealed, by the act of footnote 1.
        #expect(act.articles[1].status == .repealed)
        #expect(act.articles[1].footnotes.first?.verb == "Abrogé par")
        #expect(dump(try roundTrip(act)) == dump(act))
    }

    @Test func malformedMarkersAreWarningsNotWords() throws {
        let result = ActReader.read(text: """
        **Art. 1.** [3] Le registre ]3 est public.

        [2 - premier tiret.]

        § 2. [1 - Par dérogation, le ministre statue.]1

        `(1)<L 2000-06-26/42, art. 4, 006; En vigueur : 01-01-2002>`
        """, file: "bad.md")
        #expect(result.diagnostics.map(\.description) == [
            "bad.md:1: warning: malformed Justel marker '[3]' read as the opening '[3 '",
            // Markers whose footnote is not under the article tell nothing: dropped.
            "bad.md:1: warning: Justel marker [2 in Art. 1 has no footnote (2) under the article: its words are kept without provenance",
            "bad.md:1: warning: Justel marker [3 in Art. 1 has no footnote (3) under the article: its words are kept without provenance",
            "bad.md:1: warning: Art. 1 has text before its first §; kept as an unnumbered part",
            "bad.md:3: warning: Justel marker [2 closed by ']' without its number",
        ])
        let act = try #require(result.act)
        #expect(act.articles[0].paragraphs[0].alineas[0].text == "Le registre est public.")
        #expect(act.articles[0].paragraphs[0].alineas[0].points.first?.text == "premier tiret.")
        #expect(act.articles[0].paragraphs[1].number == "2")
        #expect(act.articles[0].paragraphs[1].alineas[0].text == "Par dérogation, le ministre statue.")
        #expect(act.articles[0].paragraphs[0].alineas[0].marks.isEmpty)
        #expect(act.articles[0].paragraphs[1].alineas[0].marks == [JustelMark(footnote: 1, start: 0, end: 36)]) // é: two bytes
    }

    @Test(.enabled(if: Paths.sharedIsPresent, "../shared is absent (a newcomer's clone); CI has it"))
    func fedrisBeforeTheReform() throws {
        let result = ActReader.read(path: Self.corpus.appendingPathComponent("fedris-ar-2007/2007022782.v004-2018.md").path)
        #expect(!result.hasErrors)
        #expect(result.diagnostics.map { $0.location?.line } == [30, 90, 112])
        let act = try #require(result.act)
        let art1 = act.articles[0]
        let fedris = art1.alineas[0].points[0]
        #expect(fedris.text == "Fedris : l'Agence fédérale des risques professionnels;")
        #expect(fedris.marks == [JustelMark(footnote: 1, start: 0, end: 55)]) // "fédérale": two 2-byte é
        #expect(art1.footnotes.map(\.text) == [
            "AR 2017-11-23/22, art. 73, 003; En vigueur : 01-01-2017",
            "AR 2017-11-23/22, art. 74, 003; En vigueur : 01-01-2017",
            "AR 2018-03-11/10, art. 1, 004; En vigueur : 08-06-2018",
        ])
        // No marker is left in any word of the act.
        let text = TextRenderer.render(act)
        #expect(!text.contains("[1 ") && !text.contains("]1") && !text.contains("`(1)"))
    }
}

extension JustelMarkdownTests {
    /// `2° « terreau » :` ⏎⏎ `un mélange ;`: a definition on the line after its term is the
    /// point's own words; the next points stay in the same alinéa, and a line after a point
    /// that does not end so is still an alinéa.
    @Test func aDefinitionOnTheLineAfterItsTermIsItsPointsWords() throws {
        let act = try readAct("""
        **Article 1er.** Pour l'application du présent arrêté, on entend par :

        1° " pot " :

        un récipient en terre;

        2° [1 « terreau » :

        un mélange ancien;]1

        3° la personne qui plante : le jardinier.

        Le Roi peut compléter la liste.

        `(1)<AR 2020-01-01/01, art. 1, 002; En vigueur : 01-02-2020>`
        """, file: "justel.md")
        let article = act.articles[0]
        #expect(article.alineas.count == 2)
        #expect(article.alineas[0].points.map(\.label.description) == ["1°", "2°", "3°"])
        #expect(article.alineas[0].points.map(\.text) == ["« pot » :\nun récipient en terre;", "« terreau » :\nun mélange ancien;", "la personne qui plante : le jardinier."])
        #expect(article.alineas[0].points[1].marks.map(\.footnote) == [1])
        #expect(article.alineas[1].text == "Le Roi peut compléter la liste.")
        #expect(dump(try roundTrip(act)) == dump(act))
    }

    /// « b) titres jugés suffisants : » ⏎⏎ « Les titres repris sub a) … » (2019030053, art.
    /// 27, 6°, hand check 12, record 54): a point that announces its words on the next line
    /// keeps them, and the next point stays beside it; a point that says a change does not
    /// take the line after it.
    @Test func aPointsWordsOnTheLineAfterItsColon() throws {
        let act = try readAct("""
        **Art. 106.** Les titres sont les suivants :

        a) titres requis :

        - master en musique;

        b) titres jugés suffisants :

        Les titres repris sub a), sans le titre pédagogique ;

        c) titres pédagogiques : le CAPE.
        """)
        let article = act.articles[0]
        #expect(article.alineas.count == 1)
        #expect(article.alineas[0].points.map(\.label.description) == ["a)", "b)", "c)"])
        #expect(article.alineas[0].points[1].text == "titres jugés suffisants :\nLes titres repris sub a), sans le titre pédagogique ;")
        #expect(dump(try roundTrip(act)) == dump(act))
        let amending = try readAct("""
        **Art. 2.** A l'article 5, les modifications suivantes sont apportées :

        1° l'alinéa 2 est remplacé par ce qui suit :

        Le Roi fixe les conditions.

        2° l'alinéa 3 est abrogé.
        """)
        #expect(amending.articles[0].alineas.count == 2)
    }

    @Test func markersThatJoinTwoWordsKeepTheirSpace() throws {
        let result = ActReader.read(text: "**Art. 1.** [1 au travail]1[2 ou au domicile]2.\n\n`(1)<L 2000-01-01/01, art. 1, 001; En vigueur : 01-01-2000>`\n\n`(2)<L 2000-01-01/01, art. 2, 001; En vigueur : 01-01-2000>`\n", file: "join.md")
        #expect(result.act?.articles.first?.alineas.first?.text == "au travail ou au domicile.")
        #expect(result.diagnostics.map(\.description) == ["join.md:1: warning: Justel markers join two words ('…]1[2 …'); a space is kept between them"])
    }
}

extension JustelMarkdownTests {
    /// Justel prints parallel versions of one article (for a Region, or still to come)
    /// under the same heading: in a consolidation the second is a variant with a number of
    /// its own, said in a warning; elsewhere a duplicate stays an error.
    @Test func parallelVersionsOfAnArticle() throws {
        let text = """
            **Art. 12bis.** [1 Les tarifs sont fixés par la commission.]1

            `(1)<L 2012-01-08/02, art. 16, 026; En vigueur : 21-01-2012>`

            **Art. 12bis.** [1 ...]1

            `(1)<DCFL 2015-11-27/05, art. 48, 039; En vigueur : 10-12-2015>`
            """
        let result = ActReader.read(text: text, file: "versions.md")
        #expect(result.diagnostics.map(\.description) == [
            "versions.md:5: warning: Art. 12bis stands a second time (line 1 has the first): Justel shows versions of one article side by side (for a Region, or still to come); this one is kept as Art. 12bis-2, which no instruction cites",
        ])
        let act = try #require(result.act)
        #expect(act.articles.map(\.number) == ["12bis", "12bis-2"])
        #expect(act.articles[1].footnotes.first?.kind == "DCFL")
        #expect(dump(try roundTrip(act)) == dump(act))
        let plain = ActReader.read(text: "**Art. 2.** Un.\n\n**Art. 2.** Deux.\n", file: "plain.md")
        #expect(plain.diagnostics.map(\.description) == ["plain.md:3: duplicate article number: Art. 2 already stands at line 1"])
    }
}

extension JustelMarkdownTests {
    /// Three habits of Justel's consolidated texts (set A, v007 and v008): spaces doubled by
    /// a marker, a § heading that lost its point, an article shown repealed by its note alone.
    @Test func spacesAroundMarkersParagraphsWithoutPointAndRepealByNote() throws {
        let result = ActReader.read(text: """
            **Art. 26.** Elles s'adressent au centre [1  et au département ]1 compétent.

            `(1)<ACG 2019-07-04/12, art. 3, 004; En vigueur : 01-09-2019>`

            **Art. 29.4.**

            `Abrogé par ACG 2023-12-14/64, art. 109, 008; En vigueur : 01-01-2024`

            **Art. 50.1.** [3  § 1er]3[1 Les co-accueillants perçoivent un subside.]1

            § 2. Le subside est annuel.

            `(1)<ACG 2019-07-04/12, art. 9, 004; En vigueur : 01-09-2019>`

            `(3)<ACG 2022-12-22/31, art. 26, 007; En vigueur : 01-01-2023>`
            """, file: "v007.md")
        #expect(result.diagnostics.map(\.description) == [
            "v007.md:9: warning: Justel markers join two words ('…]3[1 …'); a space is kept between them",
            "v007.md:9: warning: Art. 50.1: '§ 1er' has no point after its number; read as the heading of § 1er",
        ])
        let act = try #require(result.act)
        #expect(act.articles[0].alineas[0].text == "Elles s'adressent au centre et au département compétent.")
        #expect(act.articles[1].status == .repealed)
        #expect(act.articles[1].footnotes.map(\.number) == [0])
        #expect(act.articles[2].paragraphs.map(\.number) == ["1er", "2"])
        #expect(act.articles[2].paragraphs[0].alineas[0].text == "Les co-accueillants perçoivent un subside.")
        #expect(TextRenderer.render(act).contains("Art. 29.4. (Abrogé)"))
        #expect(dump(try roundTrip(act)) == dump(act))
        // A sentence that starts with « § 2 du … » stays a sentence.
        let prose = try readAct("**Art. 1.** Le texte suit.\n\n§ 2 du présent article s'applique.\n")
        #expect(prose.articles[0].paragraphs.map(\.number) == [nil])
    }
}

extension JustelMarkdownTests {
    /// Justel's notes from before numbered footnotes, where an article's words begin, are
    /// its provenance (footnotes 0), not its words; elsewhere they stay words.
    @Test func oldInlineNotesWhereAnArticleBegins() throws {
        let result = ActReader.read(text: """
            Art. 564. <L 2005-07-20/41, art. 22, 051;  En vigueur :  08-08-2005 (rétabli tel qu'il était rédigé avant son abrogation)> Dans le cas de récidive, le tribunal prononce.
            Art. 564bis. <AL 20-09-1945, art. 2> <L 01-06-1949, art. 1, 4°> Les sociétés sont responsables. <L 2000-06-26/42, art. 2>
            Art. 565.
            <Abrogé par L 2010-03-08/08, art. 3, 080; En vigueur : 09-04-2010>
            Art. 566. Le texte [1 change]1.
            ----------
            (1)<L 2014-05-05/09, art. 17, 106; En vigueur : 18-07-2014>
            """, file: "code.txt")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let act = try #require(result.act)
        #expect(act.articles[0].alineas.map(\.text) == ["Dans le cas de récidive, le tribunal prononce."])
        #expect(act.articles[0].footnotes.map(\.number) == [0])
        #expect(act.articles[0].footnotes.first?.dossier == "2005-07-20/41")
        #expect(act.articles[1].footnotes.map(\.text) == ["AL 20-09-1945, art. 2", "L 01-06-1949, art. 1, 4°"])
        #expect(act.articles[1].alineas.map(\.text) == ["Les sociétés sont responsables. <L 2000-06-26/42, art. 2>"])
        #expect(act.articles[2].status == .repealed)
        #expect(act.articles[2].footnotes.first?.verb == "Abrogé par")
        #expect(MarkdownRenderer.render(act).contains("\n`<AL 20-09-1945, art. 2>`\n"))
        #expect(dump(try roundTrip(act)) == dump(act))
    }
}

extension JustelMarkdownTests {
    /// Look 30 (the Dutch Code pénal page, art. 505): Justel forgot the `>` of the note before
    /// the article's first sentence, and the note ran to the next note's `>` — the sentence,
    /// the penalty, dropped without a word. The note ends after its date, the words stay,
    /// and that is said.
    @Test func anOldInlineNoteLeftOpen() throws {
        let result = ActReader.read(text: """
            Art. 505. <L 1995-04-07/57, art. 7, 004; Inwerkingtreding : 20-05-1995 Met gevangenisstraf van vijftien dagen tot vijf jaar worden gestraft : <W 2000-06-26/42, art. 2, Inwerkingtreding : 01-01-2002>
            1° zij die weggenomen zaken helen;
            Art. 506. <L 1995-04-07/57, art. 8 Dit artikel heeft geen datum : <W 2000-06-26/42, art. 3>
            Art. 507. Le texte [1 change]1.
            ----------
            (1)<L 2014-05-05/09, art. 17, 106; En vigueur : 18-07-2014>
            """, file: "wetboek.txt")
        let act = try #require(result.act)
        #expect(act.articles[0].alineas.first?.text == "Met gevangenisstraf van vijftien dagen tot vijf jaar worden gestraft : <W 2000-06-26/42, art. 2, Inwerkingtreding : 01-01-2002>")
        #expect(act.articles[0].footnotes.map(\.text) == ["L 1995-04-07/57, art. 7, 004; Inwerkingtreding : 20-05-1995"])
        #expect(result.diagnostics.map { "\($0.location?.line ?? 0) \($0.message)" }
            == ["1 Justel's note « <L 1995-04-07/57, art. 7, 004; Inwerkingtreding : 20-05-1995 » has no « > » before the next note: taken to end after its date, the words after it read as the article's"])
        // Without a date to end at, no note: the words are kept as they are.
        #expect(act.articles[1].alineas.first?.text == "<L 1995-04-07/57, art. 8 Dit artikel heeft geen datum : <W 2000-06-26/42, art. 3>")
        #expect(dump(try roundTrip(act)) == dump(act))
    }
}

extension JustelMarkdownTests {
    /// Look 30: `Art. 13. (Abrogé) <L 1996-07-10/42, art. 2, 003; En vigueur : 01-08-1996>`
    /// — Justel's old layout of a repealed article (68 articles of the Code pénal page) —
    /// was read in force, its words the marker and the note, so that « est rétabli » was
    /// refused. It is repealed, the note its provenance; in a markdown file too, when the
    /// note is dated as Justel dates it.
    @Test func aRepealedArticleWithItsOldNote() throws {
        let page = ActReader.read(text: """
            Art. 12. Le texte reste.
            Art. 13. (Abrogé) <L 1996-07-10/42, art. 2, 003;  En vigueur :  01-08-1996>
            Art. 14. Le texte [1 change]1.
            ----------
            (1)<L 2014-05-05/09, art. 17, 106; En vigueur : 18-07-2014>
            """, file: "code.txt")
        let act = try #require(page.act)
        #expect(page.diagnostics.isEmpty, "\(page.diagnostics)")
        #expect(act.articles[1].status == .repealed)
        #expect(act.articles[1].footnotes.map(\.text) == ["L 1996-07-10/42, art. 2, 003;  En vigueur :  01-08-1996"])
        #expect(dump(try roundTrip(act)) == dump(act))
        let markdown = try readAct("**Art. 2.** (Abrogé) <AR 2020-06-01/02, art. 1, 001; En vigueur : 01-07-2020>\n\n**Art. 3.** (Abrogé) <une note sans date>\n")
        #expect(markdown.articles.map(\.status) == [.repealed, .inForce])
    }
}

extension JustelMarkdownTests {
    /// Justel's older notation of a changed dash — `(- words;) <ACG …>` — is a dash of the
    /// list, the note its provenance; the dashes after it stay in the same list.
    @Test func aParenthesizedDashWithItsOldNoteIsADash() throws {
        let result = ActReader.read(text: """
            ---
            title-fr: "Arrêté du Gouvernement portant harmonisation des jetons de présence (NOTE : mise à jour au 01-01-2022)"
            date: 2001-07-12
            number: 2001033064
            ---

            **Article 1er.** Il est applicable aux organismes suivants :

            - le Centre belge;

            (- la haute école autonome;) <ACG 2005-10-27/39, art. 1, 004;  En vigueur :  01-07-2005>

            [1 - le centre pour les jeunes.]1

            Sauf réglementation dérogeant à cette règle, l'arrêté s'applique.

            `(1)<ACG 2015-01-12/06, art. 1, 007; En vigueur : 15-06-2014>`
            """, file: "jetons.md")
        let act = try #require(result.act)
        let alineas = act.articles[0].alineas
        #expect(alineas.count == 2)
        #expect(alineas[0].points.map(\.text) == ["le Centre belge;", "la haute école autonome;", "le centre pour les jeunes."])
        #expect(act.articles[0].footnotes.map(\.number) == [0, 1])
        #expect(act.articles[0].footnotes.first?.dossier == "2005-10-27/39")
        #expect(dump(try roundTrip(act)) == dump(act))
    }
}

/// Issue 13: Justel prints a repealed alinéa, point or paragraph as `[1 ...]1` (its place
/// kept); read as repealed, as `(...)` is, so that it compares equal to Chronolex's own.
@Suite("Justel's repealed units as dots")
struct JustelDotsTests {
    @Test func dotsInMarkersAreARepealedUnit() throws {
        let text = """
        ---
        title-fr: "Arrêté royal relatif aux essais"
        date: 2013-08-30
        number: 2013011444
        ---

        **Art. 18.** [1 La note est transmise par e-mail.]1

        [1 ...]

        En cas de nécessité, des copies sont produites.

        1° [2 ...]2;

        `(1)<AR 2023-12-11/19, art. 17, 002; En vigueur : 29-01-2024>`
        """
        let act = try #require(ActReader.read(text: text, file: "justel.md").act)
        let alineas = try #require(act.articles.first?.alineas)
        #expect(alineas.map(\.status) == [.inForce, .repealed, .inForce])
        #expect(alineas[2].points.first?.status == .repealed)
    }

    @Test func dotsInsideWordsAreWords() {
        #expect(!Headings.isRepealedMarker("... pour"))
        #expect(!Headings.isRepealedMarker("....."))
        #expect(Headings.isRepealedMarker("...;"))
    }
}

/// triples-2024/famifed-ar-2019 v003: Justel's heading without bold, glued to its text.
@Suite("Justel headings glued to their text")
struct GluedHeadingTests {
    @Test func articleGluedToItsFirstWord() throws {
        let act = try #require(ActReader.read(text: "---\ntitle-fr: \"Arrêté royal test\"\ndate: 2019-03-21\nnumber: 2019201546\n---\n\nArticle  1er.L'Etat transfère un bien.\n\nArt. 2. Texte.\n", file: "t.md").act)
        #expect(act.articles.map(\.number) == ["1er", "2"])
        #expect(act.articles.first?.alineas.first?.text == "L'Etat transfère un bien.")
    }

    @Test func aCodeNumberIsNotCutAtItsDots() throws {
        let act = try #require(ActReader.read(text: "---\ntitle-fr: \"Code test\"\ndate: 2019-03-21\n---\n\nArt. D.I.4. Texte.\n", file: "t.md").act)
        #expect(act.articles.map(\.number) == ["D.I.4"])
    }
}

/// triples-2024: a Justel page's first version (no footnotes yet) has its errata in
/// brackets (protection-civile v001: "visé [à l'alinéa 2] est"); rw-sepac v003 writes
/// "[1Délégation" without the marker's space.
@Suite("Justel pages without footnotes, markers without space")
struct JustelPageTests {
    @Test func aJustelAddressMakesTheBracketsMarkup() throws {
        let text = "---\nurl: https://www.ejustice.just.fgov.be/eli/arrete/2018/07/03/2018040280/justel\ntitle-fr: \"Arrêté royal test\"\ndate: 2018-07-03\n---\n\n**Art. 16.** Le membre qui n'a pas introduit de demande dans le délai visé [à l'alinéa 2] est démis d'office.\n"
        let act = try #require(ActReader.read(text: text, file: "v001.md").act)
        #expect(act.articles.first?.alineas.first?.text == "Le membre qui n'a pas introduit de demande dans le délai visé à l'alinéa 2 est démis d'office.")
    }

    @Test func anOpeningMarkerWithoutItsSpace() throws {
        let text = "---\ntitle-fr: \"Arrêté test\"\ndate: 2022-01-01\n---\n\n**Art. 4.** [1Délégation est accordée au directeur.]1\n\n`(1)<AGW 2024-01-11/05, art. 1, 002; En vigueur : 01-02-2024>`\n"
        let read = ActReader.read(text: text, file: "v003.md")
        let act = try #require(read.act)
        #expect(act.articles.first?.alineas.first?.text == "Délégation est accordée au directeur.")
        #expect(read.diagnostics.contains { $0.message.contains("written without its space") })
    }
}

extension JustelMarkdownTests {
    /// Under a table, Justel writes the article's footnote as a last row of it
    /// (`| (1)<DCG …> | .. |`, 2023200906): a footnote, not a row of the law; and an
    /// opening written without its space before a parenthesis (`[1(en milliers`) is one.
    @Test func aFootnoteWrittenAsARowOfATable() throws {
        let result = ActReader.read(text: """
        **Article 1er.** Les recettes sont évaluées comme suit :

        _Table:_

        | [1(en milliers d'euros) | .. |
        | --- | --- |
        | Recettes générales | 376 793 |
        | Total | 644 118]1 |
        | (1)<DCG 2023-12-14/51, art. 1, 003; En vigueur : 01-01-2023> | .. |

        Le budget des recettes figure à l'annexe I.

        """, file: "budget.md")
        let article = try #require(result.act?.articles.first)
        #expect(article.footnotes.map(\.number) == [1])
        #expect(article.footnotes.first?.text == "DCG 2023-12-14/51, art. 1, 003; En vigueur : 01-01-2023")
        #expect(article.alineas.map(\.text) == [
            "Les recettes sont évaluées comme suit :\n_Table:_\n| (en milliers d'euros) | .. |\n| --- | --- |\n| Recettes générales | 376 793 |\n| Total | 644 118 |",
            "Le budget des recettes figure à l'annexe I.",
        ])
        #expect(article.alineas[0].marks.map(\.footnote) == [1])
        #expect(result.diagnostics.map(\.description) == ["budget.md:5: warning: Justel marker '[1' written without its space: read as the opening '[1 '"])
    }

    /// A row whose other cells hold words is a row of the law, even when its first cell
    /// looks like a footnote.
    @Test func aRowThatOnlyStartsLikeAFootnoteStays() throws {
        let result = ActReader.read(text: """
        **Article 1er.** [1 Les taux sont :]1

        | (1)<voir annexe> | 5 % |

        `(1)<L 2000-01-01/01, art. 1, 001; En vigueur : 01-01-2000>`

        """, file: "rates.md")
        let article = try #require(result.act?.articles.first)
        #expect(article.footnotes.map(\.number) == [1])
        #expect(article.alineas.first?.text.contains("| (1)<voir annexe> | 5 % |") == true)
    }
}
