import ChronolexAmendments
import ChronolexModel
import Testing

/// The sixth hand check of issue 13 (docs/real-legislation.md): what it found wrong or
/// doubtful, on invented text in the real acts' words, then on the real acts where
/// `../shared` is.
@Suite("Hand check 6: one point's new text, broken sentences, alinéas counted after an insertion")
struct HandCheckSixTests {
    /// Record 336 (2023040119, art. 4, d)): « le 24° est remplacé par ce qui suit : " 24° "
    /// substrat de culture " : ⏎⏎ un produit … " »: the definition after the term's line is
    /// the 24°'s words (it was dropped when applied, without a word).
    @Test func onePointsWordsGoOnAfterItsFirstLine() throws {
        let result = edits("Dans l'article 1er du même arrêté, le 24° est remplacé par ce qui suit :\n\n« 24° « substrat de culture » :\n\nun produit autre que le sol en place; »")
        let edit = try #require(result.edits.first)
        #expect(edit.error == nil)
        #expect(edit.newText == ["24° « substrat de culture » : un produit autre que le sol en place;"])
        #expect(result.diagnostics.map(\.description) == ["test.md:10: warning: Art. 1: the new text of the 24° goes on after its first line in 1 block(s) without a label: read as its words"])
        // Inserted, the same (« il est inséré un 23/1° »).
        let inserted = edits("Dans l'article 1er du même arrêté, il est inséré un 23/1° rédigé comme suit :\n\n« 23/1° « engrais » :\n\nun produit nouveau; »")
        #expect(inserted.edits.first?.newText == ["23/1° « engrais » : un produit nouveau;"])
        // A point with points of its own keeps its blocks as they are: the words after its
        // points are not its first line's.
        let nested = edits("Dans l'article 1er du même arrêté, le 3° est remplacé par ce qui suit :\n\n« 3° les clients :\n\na) les uns;\n\nb) les autres;\n\net leurs ayants droit; »")
        #expect(nested.edits.first?.newText.count == 4)
    }

    /// Record 226 (2021030266, art. 3, 7°): « complété par un quatrième tiret rédigé comme
    /// suit : " les prestations … " »: the words of the tiret the instruction names, quoted
    /// without its dash; and record 281 (2022040073, art. 5, 1°): « 3bis° » for « 3°bis ».
    @Test func aPointsLabelLeftOutOrWrittenTheOtherWay() throws {
        let dash = edits("Dans l'article 8, § 4, alinéa 1er, du même arrêté, l'alinéa 1er est complété par un quatrième tiret rédigé comme suit :\n\n« les prestations des instituts de beauté. »")
        let edit = try #require(dash.edits.first)
        #expect(edit.error == nil)
        #expect(edit.newText == ["- les prestations des instituts de beauté."])
        #expect(edit.notes.contains("the new text is quoted without its label: read as the words of the tiret"))
        let bis = edits("Dans l'article 15, § 1er, du même arrêté, il est inséré le 3° bis rédigé comme suit :\n\n« 3bis° l'octroi de jetons de présence; »")
        #expect(bis.edits.first?.newText == ["3°bis l'octroi de jetons de présence;"])
        #expect(bis.edits.first?.notes.contains("the label « 3bis° » of the new text read as « 3°bis »") == true)
        let numbered = edits("L'article 15, § 1er, du même arrêté est complété par un 5° rédigé comme suit :\n\n« l'octroi de jetons. »")
        #expect(numbered.edits.first?.newText == ["5° l'octroi de jetons."])
    }

    /// Record 314 (2022200576, art. 1, 1°): « … avant le 1er juillet ⏎⏎ 2014, quel que
    /// soit … »: a sentence the file breaks in two was read as two alinéas, and the act's
    /// next point then replaced the wrong alinéa. The break is said, never mended: words may
    /// be lost with the line (2023200531, art. 9, 2°: « pour 100 ⏎ des points », a « % »).
    @Test func aSentenceBrokenOverTwoLinesIsAnError() throws {
        let result = edits("Dans l'article 42bis, § 5, du même décret, l'alinéa 1er est remplacé par ce qui suit :\n\n« Une exonération est accordée aux clients :\n\n1° qui ont bénéficié d'une exonération avant le 1er juillet\n\n2014, quel que soit leur niveau;\n\n2° les clients agricoles. »")
        let edit = try #require(result.edits.first)
        #expect(result.hasErrors)
        #expect(edit.error == "the new text breaks a sentence over two lines (« …onération avant le 1er juillet » / « 2014, quel que soit leur nivea… »): a line break the file added, perhaps with words lost, is not Chronolex's to mend")
        // Units, headings and sentences that end are not broken sentences.
        let fine = edits("Dans l'article 42bis du même décret, le § 5 est remplacé par ce qui suit :\n\n« § 5. Sont exonérés :\n\n1° les uns;\n\n2° les autres.\n\nLe Gouvernement précise les conditions »")
        #expect(!fine.hasErrors, "\(fine.diagnostics)")
    }

    /// Record 17 (2019030053, art. 10): « 1. un alinéa … est inséré entre les alinéas 1er
    /// et 2 ; 2. dans l'alinéa 2, les mots … ; 3. dans l'alinéa 3, … »: the number is read as
    /// counted with the new alinéa, the other count kept with the edit, and both said.
    @Test func anAlineaCitedAfterAnInsertionOfTheSameArticle() throws {
        let result = edits("""
        A l'article 31, § 2, du même décret, les modifications suivantes sont apportées :

        1° un alinéa rédigé comme suit est inséré entre les alinéas 1er et 2 : « Durant une période transitoire, la dotation est calculée sur une moyenne. »;

        2° dans l'alinéa 2, les mots « de l'alinéa 1er » sont remplacés par les mots « des alinéas 1 et 2 »;

        3° dans l'alinéa 3, les mots « à l'alinéa 1er » sont remplacés par les mots « aux alinéas 1 et 2 ».
        """)
        #expect(result.edits.map(\.targetAddress) == ["art. 31, § 2", "art. 31, § 2, al. 2", "art. 31, § 2, al. 3"])
        #expect(result.edits.map { $0.countedBeforeInsertion?.address } == [nil, "art. 31, § 2, al. 3", "art. 31, § 2, al. 4"])
        #expect(result.diagnostics.map(\.description).contains("test.md:14: warning: Art. 1, 2°: « alinéa 2 » of art. 31, § 2 is read as counted with the alinéa(s) that art. 1, 1° of this act inserts at or before it (applied first); counted as before that insertion, it is the alinéa then numbered 3"))
        // An act that says how it counts (« qui devient l'alinéa 3 », « ancien ») is not doubted.
        let said = edits("""
        A l'article 31, § 2, du même décret, les modifications suivantes sont apportées :

        1° un alinéa rédigé comme suit est inséré entre les alinéas 1er et 2 : « Durant une période transitoire. »;

        2° dans l'alinéa 2 ancien, devenant l'alinéa 3, les mots « A » sont remplacés par les mots « B ».
        """)
        #expect(said.edits.last?.targetAddress == "art. 31, § 2, al. 3")
        #expect(said.edits.last?.countedBeforeInsertion == nil)
    }

    @Test func theRealActs() throws {
        let root = sharedRoot + "/corpus/amending-sample/"
        try #require(fileExists(root + "2023040119.md"), "../shared is absent (a newcomer's clone): the real acts cannot be read")
        let (fertilisers, _) = readFile(root + "2023040119.md")
        let definitions = fertilisers.edits.filter { $0.source.article == "4" }
        #expect(definitions.count == 9)
        #expect(definitions.allSatisfy { $0.error == nil && $0.newText.count == 1 })
        #expect(definitions.first { $0.targetAddress == "art. 1, 24°" }?.newText.first?.hasSuffix("végétaux ou des champignons;") == true)
        let (surcharge, _) = readFile(root + "2022200576.md")
        #expect(surcharge.edits.first { $0.source.address == "art. 1, 1°" }?.error?.hasPrefix("the new text breaks a sentence over two lines") == true)
        let (music, _) = readFile(root + "2019030053.md")
        #expect(music.edits.filter { $0.source.article == "10" }.compactMap { $0.countedBeforeInsertion?.address } == ["art. 31, § 2, al. 3", "art. 31, § 2, al. 4"])
        let (kermesses, _) = readFile(root + "2021030266.md")
        #expect(kermesses.edits.filter { $0.newUnit?.hasPrefix("tiret") == true }.allSatisfy { $0.newText.first?.hasPrefix("- ") == true })
    }
}

/// Hand check 14, record 329 (2023040119, art. 3): « L'intitulé de l'arrêté royal du 28
/// janvier 2013 relatif à … des substrats de culture et l'arrêté royal est remplacé … »: the
/// act's own slip, « et l'arrêté royal » naming no act, was kept in the cited title's words.
@Suite("Words naming no act after a cited title")
struct DanglingActTests {
    @Test func theSlipIsLeftOutOfTheTitleAndSaid() throws {
        let result = edits("L'intitulé de l'arrêté royal du 28 janvier 2013 relatif à la mise sur le marché des engrais et des substrats de culture et l'arrêté royal est remplacé par ce qui suit : « arrêté royal du 28 janvier 2013 relatif aux engrais ».")
        let edit = try #require(result.edits.first)
        #expect(edit.error == nil)
        #expect(edit.targetAct?.title == "relatif à la mise sur le marché des engrais et des substrats de culture")
        #expect(edit.notes.contains("et l'arrêté royal (words that name no act, after the cited title: not read)"))
    }

    @Test func aSecondActWithItsDateIsStillASecondAct() throws {
        // « et l'arrêté royal du … » names an act: not the slip.
        let result = edits("Dans l'arrêté royal du 28 janvier 2013 relatif aux engrais et l'arrêté royal du 4 juillet 2004 relatif aux échantillons, les mots « engrais » sont remplacés par les mots « fertilisants ».")
        #expect(result.edits.allSatisfy { !$0.notes.contains { $0.contains("name no act") } })
    }
}
