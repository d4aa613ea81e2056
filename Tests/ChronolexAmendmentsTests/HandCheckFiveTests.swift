import ChronolexAmendments
import ChronolexModel
import Testing

/// The fifth hand check of issue 13 (docs/real-legislation.md): what it found wrong or
/// doubtful, on invented text in the real acts' words, then on the real act where
/// `../shared` is.
@Suite("Hand check 5: a dated act of a dateless title, new annexes' numbers, alinéas counted")
struct HandCheckFiveTests {
    /// Check 4's record 316, re-verified (2023030123): the amending act's title names « le
    /// décret sur l'Energie » without a date, its instruction « le Décret sur l'Energie du 8
    /// mai 2009 » (or « le décret du 8 mai 2009 sur l'Energie »): one act, the numac of
    /// `modifies:` kept (it was lost once the date was read, and the edit taken for
    /// another act's, ignored without an error).
    @Test func aDatedCitationOfTheTitlesDatelessAct() throws {
        for instruction in ["L'article 8.2.2 du Décret sur l'Energie du 8 mai 2009 est complété par les mots « , ou autre ».",
                            "L'article 8.2.2 du décret du 8 mai 2009 sur l'Energie est complété par les mots « , ou autre »."] {
            let (result, _) = readAmending("**Article 1er.** " + instruction, title: "Décret modifiant l'article 8.2.2 du décret sur l'Energie",
                                           modifies: "2009035580")
            #expect(!result.hasErrors, "\(result.diagnostics)")
            let act = try #require(result.edits.first?.targetAct)
            #expect(act.numac == "2009035580", "\(instruction)")
            #expect(act.date == LegalDate(year: 2009, month: 5, day: 8))
        }
        // Another dated act is not the title's: its title differs.
        let (other, _) = readAmending("**Article 1er.** L'article 2 du décret du 3 mars 2011 relatif aux primes est abrogé.",
                                      title: "Décret modifiant l'article 8.2.2 du décret sur l'Energie", modifies: "2009035580")
        #expect(other.edits.first?.targetAct?.numac == nil)
        // Nor is one whose title only begins with the title's words.
        let (longer, _) = readAmending("**Article 1er.** L'article 2 du décret du 3 mars 2011 sur l'Energie renouvelable est abrogé.",
                                       title: "Décret modifiant l'article 8.2.2 du décret sur l'Energie", modifies: "2009035580")
        #expect(longer.edits.first?.targetAct?.numac == nil)
    }

    /// Record 432 (2023200641, art. 16): a new annex is written with its number (« annexe
    /// VI.3-5 »), as « article 7/1 » is.
    @Test func aNewAnnexIsNamedWithItsNumber() throws {
        let unit = NewUnit(.annex, number: "VI.3-5", count: 1)
        #expect(unit.description == "annexe VI.3-5")
        #expect(NewUnit(.annex).description == "annexe")
    }

    /// Record 410, doubtful (2023200531, art. 9, 2°): « un alinéa est ajouté … » whose text
    /// the file breaks in two (« … pour 100 ⏎ des points de collecte … ») was applied as two
    /// alinéas, without a word. The count and the text disagree: an error that says so.
    @Test func oneAlineaAnnouncedTwoGiven() throws {
        let result = edits("Dans l'article 3, § 1er, du même arrêté, un alinéa est ajouté après l'alinéa 2, libellé comme suit :\n\n« Les déchets sont recyclés pour 100\n\ndes points de collecte. ».")
        // Hand check 6: the sentence the line breaks is said first (« %» lost with the line).
        #expect(result.edits.first?.error == "the new text breaks a sentence over two lines (« …déchets sont recyclés pour 100 » / « des points de collecte.… »): a line break the file added, perhaps with words lost, is not Chronolex's to mend")
        let counted = edits("Dans l'article 3, § 1er, du même arrêté, un alinéa est ajouté après l'alinéa 2, libellé comme suit :\n\n« Les déchets sont recyclés.\n\nDes points de collecte existent. ».")
        #expect(counted.edits.first?.error == "the instruction inserts 1 alinéa(s), but its new text holds 2: a line break lost or added in the text, or a count the act got wrong, is not Chronolex's to guess")
        let two = edits("Dans l'article 3, § 1er, du même arrêté, deux alinéas sont ajoutés après l'alinéa 2, libellés comme suit :\n\n« Un.\n\nDeux. ».")
        #expect(!two.hasErrors, "\(two.diagnostics)")
        // An alinéa with its points is one alinéa.
        let points = edits("Dans l'article 3, § 1er, du même arrêté, un alinéa est ajouté après l'alinéa 2, libellé comme suit :\n\n« Sont visés :\n\n1° les uns;\n\n2° les autres. ».")
        #expect(!points.hasErrors, "\(points.diagnostics)")
    }

    @Test func theRealActs() throws {
        let root = sharedRoot + "/corpus/amending-sample/"
        try #require(fileExists(root + "2023030123.md"), "../shared is absent (a newcomer's clone): the real acts cannot be read")
        let (energy, _) = readFile(root + "2023030123.md")
        #expect(energy.edits.first { $0.source.article == "2" }?.targetAct?.numac == "2009035580")
        let (waste, _) = readFile(root + "2023200531.md")
        let record410 = try #require(waste.edits.first { $0.source.address == "art. 9, 2°" })
        #expect(record410.error?.hasPrefix("the new text breaks a sentence over two lines (« … filière de recyclage pour 100 »") == true)
    }
}
