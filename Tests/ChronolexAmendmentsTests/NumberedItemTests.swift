import ChronolexAmendments
import ChronolexModel
import Testing

/// Annexes that number their parts by decimals ("dans la section 1, 1.3, le d)", "la
/// disposition 1.5.2", "les 4.4 à 4.6": 2023200531, art. 8), annexes and points numbered
/// with a letter ("le point 1.A de l'annexe VI.3-4", "l'annexe V.E."), and the real
/// phrasings found beside them.
@Suite("Numbered items of annexes, and their neighbours")
struct NumberedItemTests {
    @Test func numberedItemsOfAnAnnex() throws {
        let result = edits("""
        A l'annexe 2 du même arrêté, les modifications suivantes sont apportées :

        1. dans la section 1, 1.3, le d) est remplacé par ce qui suit : « d) l'exploitant conclut des contrats; »;

        2. dans la section 1, 1.5, la disposition 1.5.2 est remplacée par la disposition suivante : « 1.5.2. Le personnel vérifie. »;

        3. dans la section 2, sous-section 2.1, 2.1.2, la disposition est remplacée par la disposition suivante : « Les déchets ne contiennent pas d'amiante. »;

        4. dans la section 2, sous-section 2.2, 2.2.3, un alinéa rédigé comme suit est inséré entre les alinéas 1er et 2 : « Le stockage est permis. »;

        5. dans la section 4, les 4.4 à 4.6 sont remplacés par ce qui suit : « 4.4. Un organisme vérifie. ».
        """)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.edits.map(\.target.description) == [
            "annexe 2, section 1, 1.3, d)",
            "annexe 2, section 1, 1.5.2",
            "annexe 2, section 2, sous-section 2.1, 2.1.2",
            "annexe 2, section 2, sous-section 2.2, 2.2.3",
            "annexe 2, section 4, 4.4",
        ])
        #expect(result.edits[1].target.steps.last == .item("1.5.2"))
        #expect(result.edits[4].target.through == .item("4.6"))
        #expect(result.edits.map(\.kind) == [.replace, .replace, .replace, .insert, .replace])
    }

    /// "la disposition" names the numbered item of its context, and nothing else: under an
    /// article it could be any unit.
    @Test func theProvisionWithoutItsNumber() {
        let result = edits("Dans l'article 4 du même arrêté, la disposition est remplacée par la disposition suivante : « Le ministre agrée. ».")
        #expect(result.edits.allSatisfy { $0.change == nil })
        #expect(result.diagnostics.map(\.message).contains { $0.hasPrefix("« la disposition » names no numbered item here (art. 4)") })
        // In a table, the words of the cell where the row and the column meet, replaced whole
        // (2023200531, art. 1, 2°).
        let cell = edits("Dans l'annexe I du même arrêté, dans la colonne « Mode d'utilisation », dans la ligne ayant trait au code 170302A, la disposition est remplacée par la disposition suivante : « En construction routière ».")
        #expect(!cell.hasErrors, "\(cell.diagnostics)")
        #expect(cell.edits.map(\.change) == [.replaceCell("En construction routière")])
        #expect(cell.edits.first?.row == .about("170302A"))
        #expect(cell.edits.first?.column == TableColumn(heading: "Mode d'utilisation"))
        #expect(cell.edits.first?.target.description == "annexe I")
        // A row without its column, or a column without its row: no cell named.
        let row = edits("Dans l'annexe I du même arrêté, dans la ligne ayant trait au code 170302A, la disposition est remplacée par la disposition suivante : « En construction routière ».")
        #expect(row.edits.allSatisfy { $0.change == nil })
        let column = edits("Dans l'annexe I du même arrêté, dans la colonne « Mode d'utilisation », la disposition est remplacée par la disposition suivante : « En construction routière ».")
        #expect(column.edits.allSatisfy { $0.change == nil })
        // A cell's new words with a table's bar: said.
        let bars = edits("Dans l'annexe I du même arrêté, dans la colonne « Mode d'utilisation », dans la ligne ayant trait au code 170302A, la disposition est remplacée par la disposition suivante : « routes | chemins ».")
        #expect(bars.edits.first?.error?.hasSuffix("the new words of a cell are one line without « | » (given: 1 block(s))") == true)
    }

    /// Amounts and years are not items: "1.000" has three digits after its dot.
    @Test func anAmountIsNoItem() {
        let result = edits("Dans l'article 4 du même arrêté, les mots « 1.000 euros » sont remplacés par les mots « 1.200 euros ».")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.edits.first?.target.description == "art. 4")
    }

    /// 2023200641, art. 14: "Au point 1.A de l'annexe VI.3-4", "complété par la phrase
    /// suivante"; 2023040119, art. 26: "A l'annexe V.E. du même arrêté".
    @Test func aPointAndAnAnnexNumberedWithALetter() throws {
        let result = edits("""
        Au point 1.A de l'annexe VI.3-4 du même code les modifications suivantes sont apportées :

        1. le 10° est remplacé par ce qui suit : « 10° pendant les travaux, l'exposition est déterminée; »;

        2. dans le 12°, le premier tiret est complété par la phrase suivante : « Ceci se fait avec une pelle. ».
        """)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.edits.map(\.target.description) == ["annexe VI.3-4, 1.A, 10°", "annexe VI.3-4, 1.A, 12°, tiret 1"])
        #expect(result.edits.last?.newUnit == "phrase")
        #expect(result.edits.last?.newText == ["Ceci se fait avec une pelle."])
        let annex = edits("A l'annexe V.E. du même arrêté, les mots « le Ministre » sont remplacés par les mots « le délégué du Ministre ».")
        #expect(!annex.hasErrors, "\(annex.diagnostics)")
        #expect(annex.edits.first?.target.description == "annexe V.E")
    }

    /// 2023200641, art. 13: "Dans la disposition du point 3° au point B de l'annexe VI.3-2
    /// du même code": a part of an annex lettered by a capital alone, and a place right
    /// after another without a comma that is its container (the 3° was once dropped for
    /// the container, without a word).
    @Test func aPointInsideAPartLetteredByACapital() throws {
        let result = edits("Dans la disposition du point 3° au point B de l'annexe VI.3-2 du même code, les mots « la méthode de travail est adaptée ou » sont insérés entre le mot « dépassée, » et les mots « une autre technique est appliquée ».")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let edit = try #require(result.edits.first)
        #expect(edit.target.description == "annexe VI.3-2, B, 3°")
        #expect(edit.target.steps.dropLast().last == .item("B"))
        #expect(edit.kind == .insert)
        let lettered = edits("Dans le 3° au point 1.A de l'annexe VI.3-4 du même code, le mot « dix » est remplacé par le mot « onze ».")
        #expect(lettered.edits.first?.target.description == "annexe VI.3-4, 1.A, 3°")
        // Descending places are unchanged: "Dans l'article 5, au § 2".
        #expect(edits("Dans l'article 5, au § 2, le mot « dix » est remplacé par le mot « onze ».").edits.first?.target.description == "art. 5, § 2")
        // A capital that may be a roman numeral is not taken for a lettered part.
        #expect(edits("Au point V de l'annexe du même arrêté, le mot « dix » est remplacé par le mot « onze ».").edits.first?.target.steps.contains(.item("V")) != true)
    }

    /// 2019200781, art. 2: "Dans l'annexe Ière …, la rubrique 74.30.03 est complétée par la
    /// phrase suivante": the first annex, a numbered heading of its list.
    @Test func aHeadingOfAListOfTheFirstAnnex() throws {
        let result = edits("Dans l'annexe Ière du même arrêté, la rubrique 74.30.03 est complétée par la phrase suivante : « Le forage est compris. ».")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.edits.first?.target.description == "annexe I, 74.30.03")
        #expect(result.edits.first?.newUnit == "phrase")
    }

    /// 2020200412, art. 1: "L'article 12, § 1er, … est modifié comme suit :" then a whole
    /// quoted text and no changes: the unit's new text, said in a warning. The lead-in with
    /// its points is unchanged.
    @Test func modifiedAsFollowsThenAWholeText() throws {
        let result = edits("L'article 12, § 1er, du même arrêté est modifié comme suit :\n\n« Le montant de la cotisation est fixé par Nous. »")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let edit = try #require(result.edits.first)
        #expect(edit.kind == .replace)
        #expect(edit.target.description == "art. 12, § 1")
        #expect(edit.newText == ["Le montant de la cotisation est fixé par Nous."])
        #expect(result.diagnostics.map(\.message).contains("« est modifié comme suit » is followed by a whole quoted text, not by changes: read as the unit's new text"))
        let leadIn = edits("L'article 12 du même arrêté est modifié comme suit :\n\n1° le mot « dix » est remplacé par le mot « onze ».")
        #expect(!leadIn.hasErrors, "\(leadIn.diagnostics)")
        #expect(leadIn.edits.first?.target.description == "art. 12")
        #expect(leadIn.edits.first?.words == "dix")
    }

    /// 2019030053, art. 2, 2°: « … le c) est remplacé par la disposition suivante : « c) … ; » » »:
    /// a second closing mark after the quotation's own, opening nothing, is dropped with a
    /// warning; one inside the instruction stays an error.
    @Test func aDoubledClosingQuotationMark() throws {
        let result = edits("Dans l'article 4 du même arrêté, le c) est remplacé par la disposition suivante : « c) de nombre d'années d'études ; » »")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.edits.first?.target.description == "art. 4, c)")
        #expect(result.edits.first?.newText == ["c) de nombre d'années d'études ;"])
        #expect(result.diagnostics.map(\.message).contains("a second closing quotation mark ends the instruction, after the quotation's own, and opens nothing: dropped"))
        let inside = edits("Dans l'article 4 du même arrêté, les mots « dix » » sont remplacés par les mots « onze ».")
        #expect(inside.hasErrors)
    }

    /// 2021040111, art. 1: the act's annex as Justel prints it is only "(NOTE : pas de
    /// version française, voir version néerlandaise)": never a new text (it once replaced
    /// the annex by that note, without a word).
    @Test func anAnnexThatIsOnlyJustelsNote() throws {
        let (result, _) = readAmending("""
        **Article 1er.** L'annexe 1re au même arrêté est remplacée par l'annexe 1re jointe au présent arrêté.

        ### Annexe.

        **Art. N1.**

        (NOTE : pas de version française, voir version néerlandaise)
        """)
        let edit = try #require(result.edits.first)
        #expect(edit.error == "the instruction replaces the annex by the annex 1 of this act, whose text this file does not hold: Justel prints « (NOTE : pas de version française, voir version néerlandaise) » in its place")
        #expect(result.hasErrors)
    }

    /// Hand check, record 252 (2021030266, art. 3, 7°): Justel prints the amending act as
    /// a later act changed it (« [1 en ce compris les bancs solaires …]1 »); the words are
    /// read as the act's own, and that is said.
    @Test func wordsALaterActPutInTheInstruction() throws {
        let path = sharedRoot + "/corpus/amending-sample/2021030266.md"
        try #require(fileExists(path), "../shared is absent (a newcomer's clone): the real act cannot be read")
        let (result, _) = readFile(path)
        let warnings = result.diagnostics.filter { $0.message.hasPrefix("Justel prints words of this instruction between its markers") }
        #expect(warnings.map { "\($0.location?.line ?? 0) \($0.unit ?? "")" } == ["42 Art. 3, 7°"])
    }

    /// The eighteenth check, outside the draw (2021030266, art. 7): the act's own clause of
    /// entry into force, as a later act changed it (« … et de [1 l'article 3, 1°, 5° et 7°]1
    /// qui entre en vigueur le 1er mars 2021 »), was read without a word, where the same
    /// markers in an instruction are said: its dates are the later act's as much as this one's.
    @Test func datesALaterActPutInTheClauseOfEntryIntoForce() throws {
        let (result, _) = readAmending("""
        **Art. 1er.** Dans l'article 8 du même arrêté, le mot « dix » est remplacé par le mot « onze ».

        **Art. 2.** Dans l'article 9 du même arrêté, le mot « vingt » est remplacé par le mot « trente ».

        **Art. 3.** Le présent arrêté entre en vigueur le 13 février 2021, à l'exception de [1 l'article 2]1 qui entre en vigueur le 1er mars 2021.

        `(1)<AM 2021-02-12/02, art. 2, 002; En vigueur : 12-02-2021>`
        """)
        let warnings = result.diagnostics.filter { $0.message.hasPrefix("Justel prints words of this clause of entry into force between its markers [1 … ]1") }
        #expect(warnings.map { $0.unit ?? "" } == ["Art. 3"], "\(result.diagnostics)")
        #expect(result.edits.map { $0.effective?.date?.iso ?? "-" } == ["2021-02-13", "2021-03-01"])
    }

    /// Hand check, record 348 (2023030317): "l'arrêté du Collège de la Commission
    /// communautaire française du 9 juin 2022 relatif au télétravail" — the date was left in
    /// the title, the citation's date empty.
    @Test func anArreteOfTheCollege() throws {
        let result = edits("Dans l'article 25 de l'arrêté du Collège de la Commission communautaire française du 9 juin 2022 relatif au télétravail, le mot « dix » est remplacé par le mot « onze ».")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let act = try #require(result.edits.first?.targetAct)
        #expect(act.date?.iso == "2022-06-09")
        #expect(act.title == "relatif au télétravail")
    }

    /// "l'article 6, § 2, 2.;" in a list of units repealed (2023040119, art. 27, 5°).
    @Test func aListItemAfterAParagraph() throws {
        let result = edits("""
        Dans le même arrêté les articles suivants sont abrogés:

        1. l'article 6, § 2, 2.;

        2. l'article 53.
        """)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.edits.map(\.target.description) == ["art. 6, § 2, 2°", "art. 53"])
    }

    /// "l'intitulé du 11°" (2019030053, art. 27, 4°): the words of the point before its
    /// enumeration — never the act's or a division's title.
    @Test func theHeadingOfAPoint() throws {
        let result = edits("""
        A l'article 106 du même décret, les modifications suivantes sont apportées :

        1. l'intitulé du 11° est remplacé par ce qui suit : « 11° professeur de chant : ».
        """)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.edits.first?.target.description == "art. 106, 11°, phrase introductive")
    }

    /// 2019030053, art. 27: "3. au 7°, …;" then an alinéa "Au même 7°, a), 1er tiret, …",
    /// then "4. …": the alinéa is the 3°'s second, and the enumeration goes on under its
    /// lead-in (it once lost the lead-in of 4° to 6°).
    @Test func anAlineaBetweenTwoPointsOfTheEnumeration() throws {
        let result = edits("""
        A l'article 106 du même décret, les modifications suivantes sont apportées:

        1. au 6°, les mots « (diverses spécialités) » sont supprimés ;

        2. au 7°, les mots « professeur de jazz » sont remplacés par les mots « professeur de jazz (diverses spécialités) ».

        Au même 7°, a), 1er tiret, les mots « délivré pour la spécialité » sont insérés après les mots « instrument jazz » ;

        3. l'intitulé du 11° est remplacé par ce qui suit : « 11° professeur de chant : » ;

        4. l'article 106 est complété par un 23° rédigé comme suit : « 23° professeur de création musicale. ».
        """)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.edits.map(\.target.description) == ["art. 106, 6°", "art. 106, 7°", "art. 106, 7°, a), tiret 1", "art. 106, 11°, phrase introductive", "art. 106"])
        #expect(result.edits.map { $0.source.points.map(\.description) } == [["1°"], ["2°"], ["2°"], ["3°"], ["4°"]])
        #expect(result.diagnostics.map(\.message).contains { $0.contains("stands between 2° and 3° of the enumeration") })
        // Points that do not go on with the numbering are not taken under the lead-in.
        let restart = edits("""
        A l'article 106 du même décret, les modifications suivantes sont apportées:

        1. au 6°, les mots « dix » sont supprimés.

        Au 7°, les mots suivants sont modifiés :

        1. le mot « onze » est supprimé.
        """)
        #expect(restart.hasErrors)
        // An alinéa that is a lead-in keeps its points, even numbered on from the ones before.
        let second = edits("""
        A l'article 5 du même arrêté, les modifications suivantes sont apportées:

        1. le mot « dix » est supprimé;

        2. le mot « onze » est supprimé.

        A l'article 6 du même arrêté, les modifications suivantes sont apportées :

        3. le mot « douze » est supprimé.
        """)
        #expect(!second.hasErrors, "\(second.diagnostics)")
        #expect(second.edits.map(\.target.description) == ["art. 5", "art. 5", "art. 6"])
    }

    @Test func theRealActs() throws {
        let path = sharedRoot + "/corpus/amending-sample/2023200531.md"
        try #require(fileExists(path), "../shared is absent (a newcomer's clone): the real act cannot be read")
        let (result, _) = readFile(path)
        let annex = result.edits.filter { $0.source.article == "8" && $0.change != nil }
        #expect(annex.map(\.target.description).prefix(6) == [
            "annexe 2, section 1, 1.3, d)", "annexe 2, section 1, 1.5.2", "annexe 2, section 2, sous-section 2.1, 2.1.2",
            "annexe 2, section 2, sous-section 2.2, 2.2.3", "annexe 2, section 2, sous-section 2.3, 2.3.1, al. 2, phrase 2",
            "annexe 2, section 2, sous-section 2.3, 2.3.1",
        ])
        let music = sharedRoot + "/corpus/amending-sample/2019030053.md"
        let (arts, _) = readFile(music)
        let art27 = arts.edits.filter { $0.source.article == "27" && $0.change != nil }
        // (1°, « l'intitulé « a) Titres requis » est complété par les items … », read since.)
        #expect(art27.map { $0.source.points.map(\.description).joined() } == ["1°", "2°", "3°", "3°", "4°", "5°", "6°"])
    }
}
