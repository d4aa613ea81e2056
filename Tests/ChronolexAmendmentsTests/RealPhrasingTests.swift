import ChronolexAmendments
import ChronolexModel
import Testing

/// Phrasings of real Moniteur acts (../shared/corpus/fedris-ar-2007/2024201246.amending.md)
/// that the first grammar did not read.
@Suite("Real phrasings")
struct RealPhrasingTests {
    @Test func historyClauseModifiedLastly() throws {
        let result = edits("Dans le même arrêté, modifié en dernier lieu par l'arrêté du Gouvernement du 11 mars 2018, il est inséré un chapitre 1er, comportant l'article 1er, intitulé : « Disposition générale ».")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let edit = try #require(result.edits.first)
        #expect(edit.kind == .insert)
        #expect(edit.newUnit == "chapitre 1er")
        #expect(edit.newText == ["Disposition générale"])
        #expect(edit.history == ["modifié en dernier lieu par l'arrêté du Gouvernement du 11 mars 2018"])
        #expect(edit.notes == ["comportant l'article 1er"])
    }

    @Test func aDashCitedByItsPosition() throws {
        let result = edits("Dans l'article 5, troisième tiret, du même arrêté, les mots « dix » sont remplacés par les mots « douze ».")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.edits.first?.targetAddress == "art. 5, tiret 3")
    }

    @Test func aHistoryClauseWithoutItsClosingComma() throws {
        let result = edits("L'arrêté royal du 7 février 2018 déterminant les conditions d'un projet pilote, modifié en dernier lieu par l'arrêté royal du 20 septembre 2023 est abrogé.")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let edit = try #require(result.edits.first)
        #expect(edit.kind == .repeal)
        #expect(edit.targetAct?.kind == .arreteRoyal)
        #expect(edit.targetAct?.date?.iso == "2018-02-07")
    }
}

extension RealPhrasingTests {
    @Test func articlesNamedBeforeTheirVerb() throws {
        let result = edits("""
        Dans le chapitre 2, section 2, du même arrêté, les articles 13 à 14 rédigés comme suit, sont insérés :

        « Art. 13. Premier article.

        Art. 14. Second article. ».
        """)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let edit = try #require(result.edits.first)
        #expect(edit.kind == .insert)
        #expect(edit.newUnit == "articles 13 à 14")
        #expect(edit.targetAddress == "chapitre 2, section 2")
        #expect(edit.newText == ["Art. 13. Premier article.", "Art. 14. Second article."])
    }

    @Test func aTitleWithCoordinatedLaws() throws {
        let result = edits("L'intitulé de l'arrêté royal du 17 mai 2007 portant exécution de l'article 62bis des lois relatives à la prévention des maladies professionnelles, coordonnées le 3 juin 1970, est remplacé par ce qui suit :\n\n« Arrêté royal relatif à la prévention ».")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let edit = try #require(result.edits.first)
        #expect(edit.targetAddress == "intitulé")
        #expect(edit.targetAct?.title?.hasSuffix("coordonnées le 3 juin 1970") == true)
    }

    @Test func aDerogationIsAProvisionNotAnInstruction() throws {
        let (result, _) = readAmending("""
        **Article 1er.** L'arrêté royal du 7 février 2018 relatif aux essais est abrogé.

        Par dérogation à l'alinéa 1er, les essais entamés sont poursuivis jusqu'à leur terme.
        """)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.edits.count == 1)
        #expect(result.diagnostics.map(\.description) == [
            "test.md:12: warning: Art. 1: not an amending instruction but a provision of this act («Par dérogation à l'alinéa 1er, les essai…»): not applied to any text",
        ])
    }
}

extension RealPhrasingTests {
    @Test func nothingToDoWithoutBrackets() throws {
        let result = edits("concerne le texte allemand.")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.edits.first?.kind == .noop)
        #expect(result.edits.first?.language == "allemand")
    }

    @Test func theFinalSemicolonReplacedByAFullStop() throws {
        let result = edits("Dans l'article 5, 3°, le point-virgule en fin de phrase est remplacé par un point.")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let edit = try #require(result.edits.first)
        #expect(edit.kind == .replace)
        #expect(edit.words == ";")
        #expect(edit.newWords == ".")
    }
}

extension RealPhrasingTests {
    @Test func theOnlySentence() throws {
        let result = edits("Dans l'article 5, 2°, la phrase est complétée par les mots « et/ou à domicile ».")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.edits.first?.targetAddress == "art. 5, 2°, phrase")
        #expect(result.edits.first?.newWords == "et/ou à domicile")
    }
}

/// Phrasings of the Moniteur's arrêté of the German-speaking Community of 14 December 2023
/// and of 23 May 2024 (../shared/corpus/accueil-cg-2014/) that the grammar did not read.
/// The sentences are made up in the same style; the corpus stays in ../shared.
@Suite("Real phrasings (accueil 2023-2024)")
struct AccueilPhrasingTests {
    /// Two acts in the title, as in the real act: an instruction must name its act.
    static let twoActs = "Arrêté du Gouvernement modifiant l'arrêté du Gouvernement du 3 mars 2015 relatif aux crèches, ainsi que l'arrêté du Gouvernement du 3 mars 2015 relatif aux gardiennes"

    @Test func wordsInTheIntroductoryPhrase() throws {
        let result = edits("Dans l'article 12, § 1er, alinéa 4, du même arrêté, dans la phrase introductive, les mots « au nombre maximal » sont remplacés par les mots « à la capacité ».")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let edit = try #require(result.edits.first)
        #expect(edit.kind == .replace)
        #expect(edit.targetAddress == "art. 12, § 1, al. 4, phrase introductive")
        #expect(edit.words == "au nombre maximal")
        #expect(edit.newWords == "à la capacité")
    }

    @Test func anAlineaNamedBeforeItsVerbAndPlacedBetweenTwo() throws {
        let result = edits("Dans l'article 32 du même arrêté, un alinéa rédigé comme suit est inséré entre les alinéas 1er et 2, qui devient l'alinéa 3 :\n\n« Les demandes passent par le portail. »")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let edit = try #require(result.edits.first)
        #expect(edit.kind == .insert)
        #expect(edit.targetAddress == "art. 32")
        #expect(edit.newUnit == "alinéa")
        #expect(edit.place == .betweenUnits("al. 1", "al. 2"))
        #expect(edit.newText == ["Les demandes passent par le portail."])
        #expect(edit.notes == ["qui devient l'alinéa 3"])
    }

    @Test func aSecondClauseWithItsOwnPlaceAndHistory() throws {
        let result = edits("A l'article 174, § 2, du même arrêté, au 3°, le point en fin de phrase est remplacé par un point-virgule et au 4°, inséré par l'arrêté du Gouvernement du 19 avril 2018, le point en fin de phrase est remplacé par un point-virgule.")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.edits.map(\.targetAddress) == ["art. 174, § 2, 3°", "art. 174, § 2, 4°"])
        #expect(result.edits.map(\.kind) == [.replace, .replace])
        #expect(result.edits.allSatisfy { $0.words == "." && $0.newWords == ";" })
        // The history clause is the 4°'s, not the 3°'s (this test once pinned it on the first edit).
        #expect(result.edits.map(\.history) == [[], ["inséré par l'arrêté du Gouvernement du 19 avril 2018"]])
    }

    @Test func completedByANumberedAlinea() throws {
        let result = edits("Dans l'article 196 du même arrêté, le paragraphe est complété par un alinéa 3 rédigé comme suit :\n\n« Par exception, ceci. »")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let edit = try #require(result.edits.first)
        #expect(edit.kind == .insert)
        #expect(edit.targetAddress == "art. 196")
        #expect(edit.newUnit == "alinéa 3")
        #expect(edit.place == .end)
    }

    @Test func aSubTitleInACitation() throws {
        let result = edits("Dans le titre 2, sous-titre 1er, chapitre 4, du même arrêté, modifié par l'arrêté du Gouvernement du 19 avril 2018, il est inséré une section 4.1, comportant les articles 31.1 et 31.2, rédigée comme suit :\n\n« Section 4.1 - Accueil d'urgence »")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let edit = try #require(result.edits.first)
        #expect(edit.kind == .insert)
        #expect(edit.targetAddress == "titre 2, sous-titre 1, chapitre 4")
        #expect(edit.newUnit == "section 4.1")
        #expect(edit.notes == ["comportant les articles 31.1 et 31.2"])
    }

    @Test func aDivisionCompletedByASection() throws {
        let result = edits("Dans le titre 2, sous-titre 3, du même arrêté, le chapitre 4 est complété par une section 4, comportant les articles 119.1 à 119.3, intitulée comme suit :\n\n« Section 4 - Accueil d'été »")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let edit = try #require(result.edits.first)
        #expect(edit.kind == .insert)
        #expect(edit.targetAddress == "titre 2, sous-titre 3, chapitre 4")
        #expect(edit.newUnit == "section 4")
        #expect(edit.place == .end)
        #expect(edit.notes == ["comportant les articles 119.1 à 119.3"])
    }

    @Test func theSameSectionAsTheInstructionBefore() throws {
        let (result, _) = readAmending("""
        **Article 1er.** Dans le titre 2, chapitre 4, de l'arrêté du Gouvernement du 3 mars 2015 relatif aux gardiennes, la section 4 est complétée par un article 119.1 rédigé comme suit :

        « Art. 119.1 - Premier article. »

        **Art. 2.** La même section est complétée par un article 119.2 rédigé comme suit :

        « Art. 119.2 - Second article. »
        """, title: Self.twoActs)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.edits.map(\.targetAddress) == ["titre 2, chapitre 4, section 4", "titre 2, chapitre 4, section 4"])
        #expect(result.edits.map(\.newUnit) == ["article 119.1", "article 119.2"])
        #expect(result.edits.map(\.targetAct?.title) == ["relatif aux gardiennes", "relatif aux gardiennes"])
    }

    @Test func theSameSectionWithNoneBefore() throws {
        let result = edits("La même section est complétée par un article 119.2 rédigé comme suit :\n\n« Art. 119.2 - Second article. »")
        #expect(result.hasErrors)
        #expect(result.diagnostics.first?.message == "« la même section » but no section was cited before")
    }

    @Test func germanTextOnlyUnderAChapterThatNamesTheAct() throws {
        let (result, _) = readAmending("""
        ### Chapitre 2. - Modification de l'arrêté du Gouvernement du 3 mars 2015 relatif aux gardiennes

        **Article 1er.** Dans l'article 5 de l'arrêté du Gouvernement du 3 mars 2015 relatif aux gardiennes, le mot « trente » est remplacé par le mot « quarante ».

        **Art. 2.** Concerne le texte allemand.
        """, title: Self.twoActs)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let noop = try #require(result.edits.last)
        #expect(noop.kind == .noop)
        #expect(noop.targetAct?.title == "relatif aux gardiennes")
    }

    @Test func germanTextOnlyWithoutAChapter() throws {
        let (result, _) = readAmending("**Article 1er.** Concerne le texte allemand.", title: Self.twoActs)
        #expect(result.diagnostics.map(\.message) == ["the instruction names no act, and the amending act's title names 2 acts"])
    }

    @Test func theAnnexOfTheAmendingActIsTheNewAnnex() throws {
        let (result, _) = readAmending("""
        **Article 1er.** L'annexe de l'arrêté du Gouvernement du 3 mars 2015 relatif aux gardiennes est remplacée par l'annexe du présent arrêté.

        **Art. 2.** Le présent arrêté entre en vigueur le 1er janvier 2024.

        ### Annexe.

        **Art. N1.**

        Tableau des participations.
        """, title: Self.twoActs)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.edits.count == 1)
        let edit = try #require(result.edits.first)
        #expect(edit.kind == .replace)
        #expect(edit.targetAddress == "annexe")
        #expect(edit.newText == ["Tableau des participations."])
    }

    @Test func theAnnexAnnouncedButAbsent() throws {
        let (result, _) = readAmending("**Article 1er.** L'annexe de l'arrêté du Gouvernement du 3 mars 2015 relatif aux gardiennes est remplacée par l'annexe du présent arrêté.", title: Self.twoActs)
        #expect(result.diagnostics.map(\.message) == ["the instruction replaces the annex by the annex of this act, but this act has no annex"])
    }
}

/// "dans l'alinéa 2, inséré par l'arrêté du Gouvernement du 20 mai 2021, …": which act the
/// instruction says inserted the alinéa it cites, for the timeline to check the numbering.
@Suite("What an instruction says inserted the alinéa it cites")
struct InsertionClaimTests {
    @Test func anAlineaInsertedByOneAct() throws {
        let result = edits("A l'article 32 du même arrêté, dans l'alinéa 2, inséré par l'arrêté du Gouvernement du 20 mai 2021, les mots « pour les frais » sont abrogés.")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.edits.first?.insertedBy == [InsertionClaim(unit: .alinea(2), date: try #require(LegalDate("2021-05-20")))])
    }

    @Test func theSubjectAlinea() throws {
        let result = edits("Dans l'article 32 du même arrêté, l'alinéa 4, inséré par l'arrêté du Gouvernement du 20 mai 2021, est abrogé.")
        #expect(result.edits.first?.insertedBy == [InsertionClaim(unit: .alinea(4), date: try #require(LegalDate("2021-05-20")))])
    }

    @Test func notForAParagraphNorSeveralActsNorAContainer() throws {
        // A §: not checked (yet). Several acts: no one date. "l'alinéa 2 du § 3, inséré …": the participle may be the §'s.
        #expect(edits("Dans l'article 8, § 3, inséré par l'arrêté du Gouvernement du 22 septembre 2022, l'alinéa 1er est abrogé.").edits.first?.insertedBy == [])
        #expect(edits("Dans l'article 8, alinéa 2, inséré par les arrêtés du Gouvernement des 3 mai 2020 et 22 septembre 2022, le mot « A » est abrogé.").edits.first?.insertedBy == [])
        #expect(edits("Dans l'alinéa 2 du § 3 de l'article 8, inséré par l'arrêté du Gouvernement du 22 septembre 2022, le mot « A » est abrogé.").edits.first?.insertedBy == [])
    }
}

/// Spellings of the sampled amending acts (../shared/corpus/amending-sample) that mean a
/// form the grammar reads: the normalizer rewrites them, and says so where the text is at
/// fault.
@Suite("Real spellings read as the forms they mean")
struct RealSpellingTests {
    @Test func wordsReplacedEachTimeWithAnAccentlessA() throws {
        let result = edits("Dans l'article 5 du même arrêté, les mots « dix » sont remplacés a chaque fois par les mots « douze ».")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let edit = try #require(result.edits.first)
        #expect(edit.kind == .replace)
        #expect(edit.notes.isEmpty)
    }

    @Test func anOrdinalCutInTwo() throws {
        let result = edits("Dans l'article 1 er, alinéa 2, du même arrêté, le mot « dix » est remplacé par le mot « douze ».")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.edits.first?.targetAddress == "art. 1, al. 2")
    }

    @Test func aDoubledArticleIsReadPastWithANote() throws {
        let result = edits("Dans l'article 5 du même arrêté, les les mots « dix » sont remplacés par les mots « douze ».")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let edit = try #require(result.edits.first)
        #expect(edit.kind == .replace)
        #expect(edit.notes.contains("read « les les » as « les »"))
    }

    @Test func aShortenedAnnouncement() throws {
        let result = edits("L'article 5 du même arrêté est remplacé par ce qui:\n\n« Art. 5. Nouveau texte. ».")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let edit = try #require(result.edits.first)
        #expect(edit.newText == ["Art. 5. Nouveau texte."])
        #expect(edit.notes.contains("read « ce qui: » as « ce qui suit : »"))
    }

    @Test func quotedWordsAreNeverRewritten() throws {
        let result = edits("Dans l'article 5 du même arrêté, les mots « les les » sont remplacés par les mots « les ».")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let edit = try #require(result.edits.first)
        #expect(edit.notes.isEmpty)
        #expect(edit.kind == .replace)
    }
}

/// Citations as the sampled amending acts write them (../shared/corpus/amending-sample).
@Suite("Real citations")
struct RealCitationTests {
    /// 2023030177: a title with commas inside, then a history clause, then the verb.
    @Test func aTitleWithCommasInside() throws {
        let result = edits("L'article 18, alinéa 2, de la loi du 4 juillet 1989 relative à la limitation et au contrôle des dépenses électorales engagées pour l'élection de la Chambre des représentants, ainsi qu'au financement et à la comptabilité ouverte des partis politiques, remplacé par la loi du 17 février 2022, est remplacé par ce qui suit:\n\n« Nouveau texte. »", title: "Loi modifiant la loi du 4 juillet 1989 relative à la limitation et au contrôle des dépenses électorales")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let edit = try #require(result.edits.first)
        #expect(edit.targetAddress == "art. 18, al. 2")
        #expect(edit.targetAct?.date?.iso == "1989-07-04")
        #expect(edit.history == ["remplacé par la loi du 17 février 2022"])
    }

    /// 2023200051: dates inside the title ("du 1er juillet 2020 au 30 juin 2025,").
    @Test func aTitleWithAPeriodInside() throws {
        let result = edits("L'article 4 de l'arrêté du Gouvernement wallon du 29 mai 2020 fixant les dates de l'ouverture, de la clôture et de la suspension de la chasse, du 1er juillet 2020 au 30 juin 2025, est complété par un alinéa rédigé comme suit :\n\n« Nouvel alinéa. »", title: "Arrêté royal relatif aux essais")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.edits.first?.targetAct?.title?.hasSuffix("du 1er juillet 2020 au 30 juin 2025") == true)
    }

    /// A comma before "le/la/les" ends the title: the subject follows.
    @Test func aCommaBeforeTheSubjectEndsTheTitle() throws {
        let result = edits("Dans l'article 1er du décret du 15 décembre 2022 contenant le budget, le mot « dix » est remplacé par le mot « douze ».", title: "Décret modifiant le décret du 15 décembre 2022 contenant le budget")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.edits.first?.targetAct?.title == "contenant le budget")
    }

    /// 2021030245: a history clause that lists several dates.
    @Test func aHistoryClauseWithSeveralDates() throws {
        let result = edits("L'article 3 de l'arrêté royal du 1er janvier 2000 relatif aux essais, modifié par les arrêtés royaux du 7 juin 2009, du 28 décembre 2011 et du 29 mars 2018 est complété par un alinéa rédigé comme suit :\n\n« Texte. »")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.edits.first?.history == ["modifié par les arrêtés royaux du 7 juin 2009, du 28 décembre 2011 et du 29 mars 2018"])
    }

    /// 2020200110: "premier alinéa" after a comma, "du même arrêté royal", a comma before the announcement.
    @Test func anOrdinalAlineaAndTheSameRoyalDecree() throws {
        let result = edits("L'article 18, premier alinéa du même arrêté royal, modifié en dernier lieu par l'arrêté royal du 7 juin 2018, est complété par un 14°, rédigé comme suit :\n\n« 14° en cas de congé; »")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let edit = try #require(result.edits.first)
        #expect(edit.targetAddress == "art. 18, al. 1")
        #expect(edit.newUnit == "14°")
        #expect(edit.newText == ["14° en cas de congé;"])
    }

    /// 2020200110: "l'article 21 § 1er" (no comma before the paragraph).
    @Test func aParagraphWithoutComma() throws {
        let result = edits("Dans l'article 21 § 1er, 12° du même arrêté royal, les mots « et 16 » sont remplacés par les mots « 16 et 24 ».")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.edits.first?.targetAddress == "art. 21, § 1, 12°")
    }

    /// "l'article 9 bis": the Latin suffix apart.
    @Test func aLatinSuffixApart() throws {
        let result = edits("L'article 9 bis du même arrêté est abrogé.")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.edits.first?.targetAddress == "art. 9bis")
    }

    /// 2023200703 ("le montant de « 65,3228 euros »") and 2023030123 ("le membre de phrase").
    @Test func amountsAndPartsOfSentences() throws {
        let amount = edits("Dans l'article 5 du même arrêté, le montant de « 65,3228 euros » est remplacé par le montant de « 66,0414 euros ».")
        #expect(!amount.hasErrors, "\(amount.diagnostics)")
        #expect(amount.edits.first?.kind == .replace)
        #expect(amount.edits.first?.words == "65,3228 euros")
        #expect(amount.edits.first?.change?.newWords == "66,0414 euros")
        let member = edits("L'article 5 du même arrêté est complété par le membre de phrase « , ou pour le financement ».")
        #expect(!member.hasErrors, "\(member.diagnostics)")
        #expect(member.edits.first?.change?.newWords == ", ou pour le financement")
    }

    /// protection-civile-ar-2018: a comma between the verb and the place.
    @Test func aPlaceBetweenCommas() throws {
        let result = edits("Dans le même arrêté royal, il est inséré, entre les articles 16 et 17, un chapitre 4/1, rédigé comme suit :\n\n« Chapitre 4/1. Nouveau »")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let edit = try #require(result.edits.first)
        #expect(edit.newUnit == "chapitre 4/1")
        #expect(EditRenderer.line(edit).contains("between art. 16 and art. 17"))
    }

    /// 2020040068: a title that cites an article of another act, with its § and that act.
    @Test func aTitleCitingAnArticleOfAnotherAct() throws {
        let result = edits("Dans l'annexe de l'arrêté royal du 12 novembre 2008 portant exécution de l'article 57, § 2, de la loi relative à l'assurance obligatoire soins de santé et indemnités, coordonnée le 14 juillet 1994, concernant les règles de calcul, le mot « A » est remplacé par le mot « B ».")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let edit = try #require(result.edits.first)
        #expect(edit.targetAct?.kind == .arreteRoyal)
        #expect(edit.targetAct?.title?.hasSuffix("coordonnée le 14 juillet 1994, concernant les règles de calcul") == true)
    }

    /// 2022200335: "le 4ième tiret", and 2019200261: a unit cited, then ", les modifications suivantes sont apportées".
    @Test func anOrdinalInIemeAndALeadInAfterItsUnit() throws {
        let result = edits("L'article R.88 du même arrêté, inséré par l'arrêté royal du 5 décembre 2008, les modifications suivantes sont apportées :\n\n1) dans l'alinéa 1er, le 4ième tiret est abrogé;\n\n2) il est complété par un alinéa rédigé comme suit : « Texte. »")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.edits.map(\.targetAddress) == ["art. R.88, al. 1, tiret 4", "art. R.88"])
    }
}

/// 2019200191: an act that builds a new title of a code article by article, each naming
/// the unit an earlier article inserted.
@Suite("Units the amending act inserts itself")
struct UnitsInsertedByTheActTests {
    static let body = """
    **Article 1er.** Dans la Troisième partie, Livre III, du Code de la démocratie locale et de la décentralisation, il est inséré un Titre V intitulé " Subventions aux grandes villes ".

    **Art. 2.** Dans le Titre V inséré par l'article 1er, il est inséré un Chapitre Ier intitulé " Dispositions générales ".

    **Art. 3.** Dans le chapitre Ier inséré par l'article 2, il est inséré un article L3351-1, rédigé comme suit :

    " Art. L3351-1. Le Gouvernement octroie au pôle " Aménagement du territoire " une subvention. ".

    **Art. 4.** Dans le même chapitre Ier, il est inséré un article L3351-2, rédigé comme suit :

    " Art. L3351-2. Texte. ".

    **Art. 5.** Dans l'article D.I.4 du Code du Développement territorial, à l'alinéa 1er du paragraphe 1er, il est ajouté un point 6° rédigé comme suit :

    " 6° texte. ".
    """

    @Test func eachUnitIsFoundWhereTheEarlierArticlePutIt() throws {
        let (result, diagnostics) = readAmending(Self.body, title: "Décret modifiant le Code de la démocratie locale et de la décentralisation et le Code du Développement territorial")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(!diagnostics.contains { $0.severity == .error })
        #expect(result.edits.map(\.targetAddress) == [
            "partie 3, livre III",
            "partie 3, livre III, titre V",
            "partie 3, livre III, titre V, chapitre I",
            "partie 3, livre III, titre V, chapitre I",
            "art. D.I.4, § 1, al. 1",
        ])
        #expect(Set(result.edits.prefix(4).map { $0.targetAct?.title }) == ["Code de la démocratie locale et de la décentralisation"])
        #expect(result.edits[4].targetAct?.title == "Code du Développement territorial")
        // The quotes inside the new article's line are its words.
        #expect(result.edits[2].newText == ["Art. L3351-1. Le Gouvernement octroie au pôle « Aménagement du territoire » une subvention."])
    }
}

/// 2024000081 (triples-2024/concurrence-*): `modifies:` lists numacs in another order than
/// the title names its acts. Paired by position, the second act's edits took the base act's
/// numac and were applied to it, without a word.
@Suite("Numacs of the acts a title names")
struct TitleNumacTests {
    static let title = "Arrêté royal modifiant l'arrêté royal du 30 août 2013 relatif aux procédures en matière de protection de la concurrence, l'arrêté royal du 30 août 2013 relatif à la notification des concentrations d'entreprises et l'arrêté royal du 4 septembre 2013 relatif au paiement des amendes"

    @Test func acts_of_the_same_year_get_no_numac_from_the_list() throws {
        let (result, _) = readAmending("""
        **Article 1er.** L'article 2 de l'arrêté royal du 30 août 2013 relatif à la notification des concentrations d'entreprises est abrogé.

        **Art. 2.** L'article 3 de l'arrêté royal du 30 août 2013 relatif aux procédures en matière de protection de la concurrence est abrogé.
        """, title: Self.title, modifies: "2013011446, 2013011444, 2013011445")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.edits.map { $0.targetAct?.numac } == [nil, nil])
        #expect(result.edits.map { $0.targetAct?.title?.hasPrefix("relatif à la notification") } == [true, false])
    }

    @Test func theOnlyActOfItsYearGetsTheOnlyNumacOfThatYear() throws {
        let (result, _) = readAmending("""
        **Article 1er.** L'article 2 de l'arrêté royal du 4 septembre 2013 relatif au paiement des amendes est abrogé.
        """, title: "Arrêté royal modifiant l'arrêté royal du 4 septembre 2013 relatif au paiement des amendes et la loi du 2 mai 2019 relative aux essais",
             modifies: "2019000001, 2013011446")
        #expect(result.edits.first?.targetAct?.numac == "2013011446")
    }
}

/// triples-2024/famifed-ar-2019 (2024200597): a lead-in without its verb, "les modification
/// suivantes", and a point cited as the list item "5.".
@Suite("A lead-in as famifed writes it")
struct VerblessLeadInTests {
    @Test func theLeadInAndItsPoints() throws {
        let (result, _) = readAmending("""
        **Article 1er.** l'article 1er de l'arrêté royal du 21 mars 2019 organisant le transfert des biens, droits et obligations de l'Agence fédérale (FAMIFED) à la Région wallonne, la Communauté flamande et la Commission communautaire commune, modifié par l'arrêté royal de 28 décembre 2020,

        1. dans l'alinéa 1er, le 5. est abrogé;

        2. il est complété par un alinéa rédigé comme suit : « Texte. »
        """, title: "Arrêté royal modifiant l'arrêté royal du 21 mars 2019 organisant le transfert des biens")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.edits.map(\.targetAddress) == ["art. 1, al. 1, 5°", "art. 1"])
        #expect(result.diagnostics.contains { $0.severity == .warning && $0.message.contains("the lead-in has no verb") })
        let (spelled, _) = readAmending("""
        **Article 1er.** A l'article 1er de l'arrêté royal du 21 mars 2019 organisant le transfert des biens, les modification suivantes sont apportées :

        1. le 5. est abrogé.
        """, title: "Arrêté royal modifiant l'arrêté royal du 21 mars 2019 organisant le transfert des biens")
        #expect(!spelled.hasErrors, "\(spelled.diagnostics)")
    }
}

/// rw-amenagement-foncier-2014 (2024200360, art. 1): "Dans l'article 2 de l'arrêté … des
/// biens ruraux l'alinéa suivant est ajouté : « … »", the title's comma left out.
@Suite("A subject right after a title")
struct SubjectAfterTitleTests {
    @Test func theSubjectIsNotPartOfTheTitle() throws {
        let result = edits("Dans l'article 2 de l'arrêté royal du 1er janvier 2000 relatif aux essais des biens ruraux l'alinéa suivant est ajouté : « Texte. »")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.edits.first?.targetAddress == "art. 2")
        #expect(result.edits.first?.newUnit == "alinéa")
    }

    @Test func anArticleCitedInsideTheTitleStaysInIt() throws {
        let result = edits("Dans l'article 2 de l'arrêté royal du 1er janvier 2000 portant exécution de l'article 57 de la loi relative aux essais, le mot « A » est remplacé par le mot « B ».")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.edits.first?.targetAct?.title == "portant exécution de l'article 57 de la loi relative aux essais")
    }
}

/// New units named as ranges or with their suffix apart (2021030059 art. 7, 2020200575
/// art. 7-8, 2022040073 art. 5), annexes "à l'arrêté" and "jointe au présent arrêté"
/// (2021040111, 2022040124).
@Suite("Ranges of new units, annexes joined to acts")
struct NewUnitRangeTests {
    @Test func rangesAndSuffixes() throws {
        let articles = edits("Dans le même arrêté sont insérés les articles 6/1 à 6/3 rédigés comme suit : « Art. 6/1. A.\n\nArt. 6/2. B.\n\nArt. 6/3. C. »")
        #expect(!articles.hasErrors, "\(articles.diagnostics)")
        #expect(articles.edits.first?.newUnit == "articles 6/1 à 6/3")
        let paragraphs = edits("L'article 29 du même arrêté est complété par les § § 19 à 21 rédigés comme suit : « § 19 - A.\n\n§ 20 - B.\n\n§ 21 - C. »")
        #expect(!paragraphs.hasErrors, "\(paragraphs.diagnostics)")
        #expect(paragraphs.edits.first?.newUnit == "§§ 19 à 21")
        let bis = edits("A l'article 15 du même arrêté, dans le paragraphe 1er, il est inséré le 3° bis rédigé comme suit : « 3bis° l'octroi; »")
        #expect(!bis.hasErrors, "\(bis.diagnostics)")
        #expect(bis.edits.first?.newUnit == "3°bis")
    }

    @Test func anAnnexJoinedToAnAct() throws {
        let (result, _) = readAmending("""
        **Article 1er.** L'annexe 1re à l'arrêté du Gouvernement flamand du 8 septembre 2017 relatif aux compétences, remplacée par l'arrêté du Gouvernement flamand du 17 juillet 2020, est remplacée par l'annexe 2 jointe au présent arrêté.

        ### Annexe.

        **Art. N1.** Annexe 1. Liste A

        **Art. N2.** Annexe 2. Liste B
        """, title: "Arrêté du Gouvernement flamand modifiant l'arrêté du Gouvernement flamand du 8 septembre 2017 relatif aux compétences")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let edit = try #require(result.edits.first)
        #expect(edit.targetAddress == "annexe 1")
        #expect(edit.targetAct?.date?.iso == "2017-09-08")
        #expect(edit.newText == ["Annexe 2. Liste B"])
    }

    @Test func anAnnexTheActDoesNotHold() throws {
        let (result, _) = readAmending("""
        **Article 1er.** L'annexe au même arrêté est remplacée par l'annexe 3 jointe au présent arrêté.

        ### Annexe.

        **Art. N1.** Annexe 1. Liste A
        """)
        #expect(result.diagnostics.map(\.message) == ["the instruction replaces the annex by the annex 3 of this act, which has 1 annex(es)"])
    }
}

/// The hand check of issue 13: the acts an amending act's title names, and new articles
/// whose instruction and text disagree.
@Suite("Hand-check findings")
struct HandCheckTests {
    /// 2023200703: "… portant réglementation du chômage et modifiant l'arrêté royal du 26 mars
    /// 2003 …": the next act of the title is not part of the first one's title.
    @Test func theTitleOfTheFirstActEndsAtTheNextVerb() throws {
        let (result, _) = readAmending("**Article 1er.** A l'article 111 de l'arrêté royal du 25 novembre 1991 portant réglementation du chômage, le montant de « 1 euro » est remplacé par le montant de « 2 euros ».",
                                       title: "Arrêté royal modifiant l'arrêté royal du 25 novembre 1991 portant réglementation du chômage et modifiant l'arrêté royal du 26 mars 2003 portant exécution")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.edits.first?.targetAct?.title == "portant réglementation du chômage")
    }

    /// 2019200191: "insérant dans le Code … un Titre V …": the new unit is not the code's title.
    @Test func aCodeNamedBeforeANewUnit() throws {
        let (result, _) = readAmending("**Article 1er.** L'article 5 du Code de la démocratie locale et de la décentralisation est abrogé.",
                                       title: "Décret insérant dans le Code de la démocratie locale et de la décentralisation un Titre V relatif aux subventions et modifiant le Code du Développement territorial")
        #expect(result.edits.first?.targetAct?.title == "Code de la démocratie locale et de la décentralisation")
    }

    /// 2023200531: the title's "l'arrêté du 28 février 2019" cited later as "l'arrêté du
    /// Gouvernement wallon du 28 février 2019": one act, its kind now the precise one.
    @Test func aMorePreciseCitationRefinesTheKind() throws {
        let (result, _) = readAmending("""
        **Article 1er.** Dans l'article 3 de l'arrêté du Gouvernement wallon du 28 février 2019 relatif aux déchets, le mot « A » est remplacé par le mot « B ».

        **Art. 2.** A l'article 22 du même arrêté, le mot « C » est remplacé par le mot « D ».
        """, title: "Arrêté du Gouvernement wallon modifiant l'arrêté du 28 février 2019 relatif aux déchets")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.edits.map { $0.targetAct?.kind } == [.arreteDuGouvernement, .arreteDuGouvernement])
    }

    /// 2019030053, art. 19, 2°: "dans l'alinéa 5, 2° et 3°, le mot …" keeps both points; a
    /// unit inside each of two units joined by « et » is that unit in each, each its own
    /// edit (`SeveralPlacesTests`); inside each unit of a range « à » it is said to be
    /// unread, never narrowed to the first.
    @Test func aRangeInThePlace() {
        let words = edits("Dans l'article 56, alinéa 5, 2° et 3°, le mot « trois » est remplacé par le mot « deux ».")
        #expect(!words.hasErrors, "\(words.diagnostics)")
        #expect(words.edits.first?.target.description == "art. 56, al. 5, 2°")
        #expect(words.edits.first?.target.through?.description == "3°")
        let inside = edits("Dans l'article 2, 1° et 2°, la phrase est complétée par les mots « ou un test ».")
        #expect(!inside.hasErrors, "\(inside.diagnostics)")
        #expect(inside.edits.map(\.target.description) == ["art. 2, 1°, phrase", "art. 2, 2°, phrase"])
        let range = edits("Dans l'article 2, 1° à 3°, la phrase est complétée par les mots « ou un test ».")
        #expect(range.diagnostics.map(\.message) == ["a unit inside each unit of a range (art. 2, 1° à 3°, then phrase) is not read yet"])
    }

    /// 2019200191, art. 22: "il est inséré un article 3355-1 … « Art. L3355-1. … »": the
    /// code's letter left out of the instruction; the heading's number is taken, with a
    /// warning. Any other difference stays an error.
    @Test func aNewArticleWhoseTextBearsAnotherNumber() {
        let result = edits("Dans le même arrêté, il est inséré un article 3355-1, rédigé comme suit : « Art. L3355-1. Texte. »")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.diagnostics.map(\.message) == ["the instruction inserts article 3355-1, whose new text is headed « Art. L3355-1. »: read as article L3355-1, the code's number, which the instruction wrote without its « L »"])
        #expect(result.edits.first?.change.flatMap { if case .insertUnits(let unit, _, _) = $0 { unit.number } else { nil } } == "L3355-1")
        let dotted = edits("Dans le même arrêté, il est inséré un article 87, rédigé comme suit : « Art. R.87. Texte. »")
        #expect(!dotted.hasErrors, "\(dotted.diagnostics)")
        let other = edits("Dans le même arrêté, il est inséré un article 3356-1, rédigé comme suit : « Art. L3355-1. Texte. »")
        #expect(other.diagnostics.map(\.message) == ["the instruction inserts article 3356-1, but its new text is headed « Art. L3355-1 »"])
        let letterOnly = edits("Dans le même arrêté, il est inséré un article 3355-1, rédigé comme suit : « Art. LXV3355-1. Texte. »")
        #expect(letterOnly.hasErrors)
        let same = edits("Dans le même arrêté, il est inséré un article L3352-1, rédigé comme suit : « Art. L.3352-1. Texte. »")
        #expect(!same.hasErrors, "\(same.diagnostics)")
    }

    /// 2019030053, art. 6: "L'article 23 du même décret est remplacé par la disposition
    /// suivante :" then the new article unquoted, under its own heading "Article 23. - …".
    /// The heading is the new text's (it bears the number of the article replaced): the
    /// edit is Art. 6's, and the act's own Art. 23 further on keeps its number.
    @Test func aNewArticleUnquotedUnderItsOwnHeading() throws {
        let (result, _) = readAmending("""
        **Art. 6.** L'article 23 du même arrêté est remplacé par la disposition suivante :

        **Article 23.** - Les bibliothèques sont ouvertes au public.

        Le ministre fixe les horaires.

        **Art. 7.** Dans l'article 24 du même arrêté, le mot « dix » est remplacé par le mot « douze ».

        **Art. 23.** Dans l'article 30 du même arrêté, le mot « deux » est remplacé par le mot « trois ».
        """)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let replaced = try #require(result.edits.first)
        #expect(replaced.source.article == "6")
        #expect(replaced.target.description == "art. 23")
        guard case .replaceUnits(let fragment)? = replaced.change else { Issue.record("not a replacement: \(String(describing: replaced.change))"); return }
        guard case .articles(let articles) = fragment.content else { Issue.record("not whole articles: \(fragment.content)"); return }
        #expect(articles.map(\.number) == ["23"])
        #expect(articles.first?.alineas.map(\.text) == ["Les bibliothèques sont ouvertes au public.", "Le ministre fixe les horaires."])
        #expect(result.diagnostics.first { $0.severity == .warning }?.message.contains("under its own heading 'Art. 23.'") == true)
        // The act's own Art. 23 keeps its number (the reader had kept it as 23-2).
        #expect(result.edits.map(\.source.article) == ["6", "7", "23"])
    }

    @Test func aNewArticleUnquotedUnderItsOwnHeadingInTheSample() throws {
        let path = sharedRoot + "/corpus/amending-sample/2019030053.md"
        try #require(fileExists(path), "../shared is absent (a newcomer's clone): the real act cannot be read")
        let (result, _) = readFile(path)
        let replaced = try #require(result.edits.first { $0.target.description == "art. 23" })
        #expect(replaced.source.article == "6")
        #expect(result.edits.contains { $0.source.article == "23" && $0.target.description.hasPrefix("art. 102") })
        #expect(!result.edits.contains { $0.source.article == "23-2" })
    }

    /// 2021030092, art. 1: a title that gives a name in quotation marks ("… loterie à
    /// billets, appelée « Bingo 3 euros », loterie publique …"): the name is the title's.
    @Test func aTitleThatGivesANameInQuotationMarks() throws {
        let result = edits("Dans l'article 3 de l'arrêté royal du 5 janvier 2020 fixant les modalités d'émission de la loterie à billets, appelée « Bingo 3 euros », loterie publique organisée par la Loterie Nationale, le mot « dix » est remplacé par le mot « onze ».")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let edit = try #require(result.edits.first)
        #expect(edit.targetAct?.title == "fixant les modalités d'émission de la loterie à billets, appelée « Bingo 3 euros », loterie publique organisée par la Loterie Nationale")
        #expect(edit.target.description == "art. 3")
        #expect(edit.words == "dix")
        // Elsewhere a quotation still ends the title: « … du 5 janvier 2020 « dix » … » is not a name.
        let words = edits("Dans l'article 3 de l'arrêté royal du 5 janvier 2020 fixant les modalités, les mots « Bingo 3 euros » sont remplacés par les mots « Bingo 5 euros ».")
        #expect(words.edits.first?.words == "Bingo 3 euros")
    }

    /// 2021040075, art. 1: a cited title that executes several units of a law ("portant
    /// exécution de l'article 2, §§ 2 et 3, article 14, § 3, et article 19, alinéas 3 et 4,
    /// de la loi …"), and "rédigé comme suit ." with a full stop for the colon.
    @Test func aTitleThatCitesSeveralUnitsOfALaw() throws {
        for cited in ["de l'article 2, §§ 2 et 3, article 14, § 3, et article 19, alinéas 3 et 4,", "des articles 2, § 3, 14, § 3, et 19,"] {
            let result = edits("Dans l'arrêté royal du 7 mars 1991 portant exécution \(cited) de la loi du 6 août 1990 relative aux mutualités, il est inséré un article 2quinquies, rédigé comme suit .\n\n« Art. 2quinquies. Texte. »")
            #expect(!result.hasErrors, "\(result.diagnostics)")
            let edit = try #require(result.edits.first)
            #expect(edit.targetAct?.title?.hasSuffix("de la loi du 6 août 1990 relative aux mutualités") == true, "\(String(describing: edit.targetAct))")
            #expect(edit.kind == .insert)
        }
        // After a unit that the title does not cite, « et article » still ends it.
        let two = edits("Dans l'article 3 de l'arrêté royal du 7 mars 1991 relatif aux mutualités, et article 4 du même arrêté, le mot « dix » est remplacé par le mot « onze ».")
        #expect(two.edits.first?.targetAct?.title == "relatif aux mutualités")
    }

    /// 2023200641, art. 15: "Dans le point 3 de l'annexe VI.3-4 du même code" (an annex
    /// numbered as the Code du bien-être au travail numbers them), then "ce point est complété
    /// par les mots : « … »" — the unit of the lead-in. "le point" alone stays the full stop.
    @Test func aCodesAnnexAndThisPoint() throws {
        let result = edits("""
        Dans le point 3 de l'annexe VI.3-4 du même arrêté, les modifications suivantes sont apportées :

        1. les mots « Le contact visuel ou auditif » sont remplacés par les mots « Le contact visuel »;

        2. ce point est complété par les mots : « Le contact est assuré. »;

        3. le point est remplacé par un point-virgule;

        4. cet alinéa est complété par les mots « ou auditif ».
        """)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        // (« cet alinéa » keeps what stands above an alinéa, as « l'alinéa » does.)
        #expect(result.edits.map(\.target.description) == ["annexe VI.3-4, 3°", "annexe VI.3-4, 3°", "annexe VI.3-4, 3°", "annexe VI.3-4"])
        #expect(result.edits.map(\.kind) == [.replace, .insert, .replace, .insert])
        #expect(result.edits[1].newWords == "Le contact est assuré.")
        #expect(result.edits[2].words == ".")
        #expect(edits("Dans l'annexe III du même arrêté, le mot « dix » est remplacé par le mot « onze ».").edits.first?.target.description == "annexe III")
    }

    /// 2019030053, art. 2, 2°: an instruction on a unit, then dashes that are further
    /// instructions on that unit ("- le a) est remplacé par …"): each read in its place.
    /// Dashes that are not instructions (a list of new words) are not read so.
    @Test func dashesAfterAnInstructionOnTheSameUnit() throws {
        let result = edits("""
        A l'article 4 du même arrêté, les modifications suivantes sont apportées :

        1. au paragraphe 3, alinéa 1er, les caractères « 51, § 2 » sont remplacés par les caractères « 51, §§ 2 à 5 » ;

        - le a) est remplacé par la disposition suivante : « a) d'objectifs propres à chaque domaine ; »

        - le c) est abrogé ;

        2. au paragraphe 4, le mot « dix » est remplacé par le mot « onze ».
        """)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.edits.map(\.target.description) == ["art. 4, § 3, al. 1", "art. 4, § 3, al. 1, a)", "art. 4, § 3, al. 1, c)", "art. 4, § 4"])
        #expect(result.edits.map(\.kind) == [.replace, .replace, .repeal, .replace])
        #expect(result.edits[1].source.points.map(\.description) == ["1°", "-"])
        let listed = edits("""
        Dans l'article 4 du même arrêté, le mot « dix » est remplacé par le mot « onze » :

        - Diplôme de master en musique ;

        - Diplôme de bachelier.
        """)
        #expect(listed.diagnostics.map(\.message).contains("an enumeration follows an instruction that is not a lead-in (\"les modifications suivantes sont apportées :\"); its points are not read"))
        // Numbered points there may continue an enumeration above: not read in its unit.
        let numbered = edits("""
        Dans l'article 4 du même arrêté, le mot « dix » est remplacé par le mot « onze » ;

        4. le a) est abrogé.
        """)
        #expect(numbered.edits.filter { $0.error == nil }.map(\.target.description) == ["art. 4"])
        #expect(numbered.hasErrors)
    }

    /// 2020040068, art. 1: a lead-in on the annex, then a lead-in on its point 3 (printed
    /// « point 3. « Calcul du budget de l'hôpital » ») with the points: read inside both.
    @Test func aLeadInInsideALeadIn() throws {
        let result = edits("""
        Dans l'annexe du même arrêté sont apportées les modifications suivantes :

        Dans le point 3. « Calcul du budget de l'hôpital » sont apportées les modifications suivantes :

        1. le mot « ICD-9-CM » est remplacé par le mot « ICD-10-BE » ;

        2. le mot « deux » est remplacé par le mot « trois ».
        """)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.edits.map(\.target.description) == ["annexe, 3°", "annexe, 3°"])
        #expect(result.edits.map(\.words) == ["ICD-9-CM", "deux"])
        // A lead-in followed by an alinéa that is not one stays an error.
        let alone = edits("""
        Dans l'annexe du même arrêté sont apportées les modifications suivantes :

        Le ministre fixe les modalités.
        """)
        #expect(alone.diagnostics.map(\.message).contains("announces modifications but no enumerated sub-instruction follows"))
    }

    /// 2019030147, art. 1: "A la colonne « Pourcentage » de l'annexe …" then "le chiffre de
    /// « 5,06% » indiqué en regard de la zone de secours Centrum … est remplacé par le chiffre
    /// de « 5,31% »": the column and the row are notes; the words are replaced in the annex
    /// (where they must stand once: `TableWordsTests`).
    @Test func aFigureOfATableByItsColumnAndRow() throws {
        let result = edits("""
        A la colonne « Pourcentage » de l'annexe au même arrêté, les modifications suivantes sont apportées :

        1. le chiffre de « 5,06% » indiqué en regard de la zone de secours Centrum de la province de Flandre orientale est remplacé par le chiffre de « 5,31% »;

        2. le chiffre de « 1,22% » est remplacé par le chiffre de « 0,97% ».
        """)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.edits.map(\.target.description) == ["annexe", "annexe"])
        #expect(result.edits.map(\.words) == ["5,06%", "1,22%"])
        #expect(result.edits.map(\.newWords) == ["5,31%", "0,97%"])
        #expect(result.edits[0].notes.contains("indiqué en regard de la zone de secours Centrum de la province de Flandre orientale"))
        // "figurant dans l'alinéa 2" is a place that narrows the unit: not read past as a row.
        let place = edits("Dans l'article 3 du même arrêté, le chiffre de « 5 » figurant dans l'alinéa 2 est remplacé par le chiffre de « 6 ».")
        #expect(place.hasErrors)
    }

    /// 2023200531, art. 1: a lead-in on a part of a table ("… sont apportées concernant le
    /// premier domaine d'utilisation :"), a place alone as a lead-in ("1. dans la colonne
    /// relative aux « … » :"), a row ("dans la ligne ayant trait au code 170101,") and the
    /// verb before its subject ("après les mots « A » sont ajoutés les mots « B »"). Words
    /// are read, and a row repealed by its words; a unit in a cell is an error that says why.
    @Test func wordsInTheCellsOfATable() throws {
        let result = edits("""
        Dans l'annexe I du même arrêté, les modifications suivantes sont apportées concernant le premier domaine d'utilisation :

        1. dans la colonne relative aux « Caractéristiques du déchet valorisé » :

           a) dans la ligne ayant trait au code 170101, après les mots « prévu à l'annexe III » sont ajoutés les mots « sauf le pH »;

           b) dans les lignes ayant trait aux codes 170302A et 170302B, après les mots « prévu à l'annexe IV », sont insérés les mots « sauf le C10 »;

        2. la ligne ayant trait au code 170201 est abrogée.
        """)
        // The words of each row named (hand check 9): « aux codes 170302A et 170302B » is two edits.
        #expect(result.edits.map(\.target.description) == ["annexe I", "annexe I", "annexe I", "annexe I"])
        #expect(result.edits.map(\.row) == [.about("170101"), .about("170302A"), .about("170302B"), nil])
        #expect(result.edits.prefix(3).map(\.newWords) == ["sauf le pH", "sauf le C10", "sauf le C10"])
        #expect(result.edits.prefix(2).map { $0.change.flatMap { if case .insertWords(_, .after(let anchor)?) = $0 { anchor } else { nil } } } == ["prévu à l'annexe III", "prévu à l'annexe IV"])
        #expect(result.edits[0].notes.contains("colonne relative aux « Caractéristiques du déchet valorisé »"))
        #expect(result.edits[0].notes.contains("ligne ayant trait au code 170101"))
        // The row repealed, described by its code, is read since (its own change, `repealTableRow`).
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.edits[3].change == .repealTableRow(.about("170201")))
        // Hand check 4, record 382: the row repealed was called « a cell ». A row and a column
        // together name a cell.
        let cell = edits("Dans l'annexe I du même arrêté, dans la colonne « Mode d'utilisation », dans la ligne ayant trait au code 170302A, le 2° est abrogé.")
        #expect(cell.diagnostics.first?.message.contains(": a cell of a table is not a unit Chronolex reads") == true, "\(cell.diagnostics)")
        // A place alone before points, outside tables: "1° dans le § 2 :".
        let place = edits("""
        A l'article 3 du même arrêté, les modifications suivantes sont apportées :

        1. dans le § 2 :

           a) le mot « dix » est remplacé par le mot « onze » ;

           b) le § 3 est abrogé.
        """)
        #expect(!place.hasErrors, "\(place.diagnostics)")
        #expect(place.edits.map(\.target.description) == ["art. 3, § 2", "art. 3, § 3"])
        // The verb first needs the place of the words: "sont insérés les mots « B »" alone is not read.
        #expect(edits("Dans l'article 3 du même arrêté, sont insérés les mots « ou fixé ».").hasErrors)
    }

    /// 2021040145, art. 1: "les mots « B » entre les mots « A » et les mots « C »." — the
    /// act left out "sont insérés": read as the only change it can be, with a warning.
    @Test func anInsertionWithoutItsVerb() throws {
        let result = edits("A l'article 1.1, 3°, du même arrêté, les mots « de la Convention MLC, » entre les mots « du Protocole MARPOL 1997, » et les mots « de la Convention PAL ».")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let edit = try #require(result.edits.first)
        #expect(edit.change == .insertWords("de la Convention MLC,", at: .between("du Protocole MARPOL 1997,", "de la Convention PAL")))
        #expect(result.diagnostics.map(\.message) == ["the instruction has no verb: words placed « entre » two others can only be inserted there; read as « sont insérés »"])
        #expect(result.diagnostics.first?.severity == .warning)
        // Without « entre … et … » a verbless clause is no instruction read: placed in the
        // amended act, an error (look 26: it was a provision, with a warning).
        let verbless = edits("A l'article 1.1 du même arrêté, les mots « de la Convention MLC ».")
        #expect(verbless.hasErrors && verbless.edits.allSatisfy { $0.change == nil }, "\(verbless.diagnostics)")
    }

    /// Issue 13, class 5: "Dans les articles 20 et 24" once read as the range 20 to 24 (and
    /// before that, 20 alone); "Les articles 21 et 24 sont abrogés" repealed 22 and 23 too.
    /// Articles listed are each their own edit; « à » is a range; two that follow each other
    /// stay a range (the timeline refuses it when another article stands between them).
    @Test func articlesListedAreEachTheirOwnEdit() throws {
        let words = edits("Dans les articles 21, 22, 23 et 25 du même arrêté, les mots « dix » sont remplacés par les mots « onze ».")
        #expect(!words.hasErrors, "\(words.diagnostics)")
        #expect(words.edits.map(\.target.description) == ["art. 21", "art. 22", "art. 23", "art. 25"])
        #expect(words.edits.allSatisfy { $0.target.through == nil && $0.words == "dix" })
        let repeal = edits("Les articles 20 et 24 du même arrêté sont abrogés.")
        #expect(repeal.edits.map(\.target.description) == ["art. 20", "art. 24"])
        #expect(repeal.edits.map(\.kind) == [.repeal, .repeal])
        let range = edits("Les articles 20 à 24 du même arrêté sont abrogés.")
        #expect(range.edits.map(\.target.description) == ["art. 20"])
        #expect(range.edits.first?.target.through == .article("24"))
        let two = edits("Dans les articles 20 et 21 du même arrêté, le mot « dix » est remplacé par le mot « onze ».")
        #expect(two.edits.first?.target.through == .article("21"))
        // The list in its place, with the units below it.
        let below = edits("Dans les articles 20 et 24, alinéa 2, du même arrêté, le mot « dix » est remplacé par le mot « onze ».")
        #expect(below.edits.map(\.target.description) == ["art. 20, al. 2", "art. 24, al. 2"])
        // It may also mean all of art. 20 (look 16, doubtful): said, on art. 20 alone.
        #expect(below.diagnostics.map(\.severity) == [.warning])
        #expect(below.diagnostics.map(\.message) == ["art. 20 and art. 24, then al. 2: read as the al. 2 of each; the text may also mean all of art. 20, which is not changed beyond art. 20, al. 2"])
        let three = edits("Dans les articles 20, 22 et 24, § 2, du même arrêté, le mot « dix » est remplacé par le mot « onze ».")
        #expect(three.diagnostics.count == 2)
        #expect(three.diagnostics.allSatisfy { $0.severity == .warning && $0.message.hasPrefix("art. 20, art. 22 and art. 24, then § 2:") })
        #expect(!words.diagnostics.contains { $0.severity == .warning })
        // The units below are the clause's own: « dans les §§ 2 et 3, le 1° » is the 1° of each.
        let own = edits("A l'article 37 du même arrêté, les modifications suivantes sont apportées :\n\n1. dans les §§ 2 et 3, le 1° est à chaque fois abrogé.")
        #expect(own.edits.map(\.target.description) == ["art. 37, § 2, 1°", "art. 37, § 3, 1°"])
        #expect(own.diagnostics.isEmpty, "\(own.diagnostics)")
        let twoLists = edits("Dans les articles 20 et 24, alinéas 2 et 4, du même arrêté, le mot « dix » est remplacé par le mot « onze ».")
        #expect(twoLists.diagnostics.map(\.message) == ["two lists of units in one citation (art. 20 and al. 2 …) are not read yet"])
        let leadIn = edits("""
        Dans les articles 20 et 24 du même arrêté, les modifications suivantes sont apportées :

        1. le mot « dix » est remplacé par le mot « onze ».
        """)
        #expect(leadIn.diagnostics.map(\.message).first == "a lead-in on several units (art. 20, art. 24) is not read yet: its sub-instructions would not say which")
    }

    /// The same for the units inside an article: "les alinéas 2 et 4", "les §§ 2 et 4", "les
    /// 2° et 4°" are those units (they were read as the ranges 2 to 4); "les alinéas 3 et
    /// 4", "les a) et b)" follow each other and stay ranges (a replacement by one text needs
    /// them so); two that do not, given one new text, is an error.
    @Test func unitsListedInsideAnArticle() throws {
        for (cited, expected) in [("les alinéas 2 et 4", ["art. 3, al. 2", "art. 3, al. 4"]), ("les §§ 2 et 4", ["art. 3, § 2", "art. 3, § 4"]),
                                  ("les 2° et 4°", ["art. 3, 2°", "art. 3, 4°"])] {
            let result = edits("Dans l'article 3 du même arrêté, \(cited) sont abrogés.")
            #expect(!result.hasErrors, "\(result.diagnostics)")
            #expect(result.edits.map(\.target.description) == expected)
            #expect(result.edits.allSatisfy { $0.target.through == nil })
        }
        let words = edits("Dans l'article 3, alinéa 2, 2° et 4°, du même arrêté, le mot « dix » est remplacé par le mot « onze ».")
        #expect(words.edits.map(\.target.description) == ["art. 3, al. 2, 2°", "art. 3, al. 2, 4°"])
        #expect(edits("Dans l'article 3 du même arrêté, les alinéas 3 et 4 sont abrogés.").edits.first?.target.through == .alinea(4))
        #expect(edits("Dans l'article 3 du même arrêté, les a) et b) sont abrogés.").edits.first?.target.through == .point(PointLabel(kind: .letter, value: "b")))
        let oneText = edits("Dans l'article 3 du même arrêté, les alinéas 2 et 4 sont remplacés par ce qui suit : « Texte. »")
        #expect(oneText.diagnostics.map(\.message) == ["al. 2, al. 4 are given one new text: the instruction does not say which part goes where"])
    }

    /// 2023040119, art. 11: a new text the act does not close (its inner quotations pair the
    /// quotation marks otherwise), so that a quotation mark further on closes it after Arts.
    /// 12 to 16. The bold heading of Art. 12 — the number after 11, which the act lacks
    /// otherwise — is the act's own: the quotation is taken to end before it, with a warning,
    /// and Art. 11's new text, announced by its colon, is read to there with a warning of its
    /// own. (« complété avec » for « complété par » there too.)
    @Test func aQuotationClosedTooLate() throws {
        let (result, reading) = readAmending("""
        **Art. 11.** L'article 13 du même arrêté est remplacé par ce qui suit :

        " Art. 13. La dénomination suivante est mentionnée :

        1. pour les produits du chapitre I : " engrais ";

        2. pour les produits du chapitre VI : " substrat. "

        **Art. 12.** A l'article 14 du même arrêté, le mot " type " est remplacé par le mot " genre ".

        **Art. 13.** L'article 18 du même arrêté est complété avec un alinéa rédigé comme suit :

        " Les informations sont mentionnées. "

        **Art. 14.** Dans l'article 19 du même arrêté, le mot " dix " est remplacé par le mot " onze ". "
        """)
        #expect(reading.contains { $0.message.hasPrefix("quotation opened here is not closed before the bold heading of Art. 12") })
        #expect(result.edits.filter { $0.error == nil }.map(\.source.article) == ["11", "12", "13"])
        #expect(result.edits.map(\.target.description) == ["art. 13", "art. 14", "art. 18", "the act"])
        // Art. 11's quotation never closed: its new text to the end of the article (the
        // inner quotations kept), said; Art. 14's stray closing quotation mark (the one that
        // closed it too late): an error of its own instruction.
        #expect(result.edits.first?.newText.first == "Art. 13. La dénomination suivante est mentionnée :")
        #expect(result.edits.first?.newText.last?.hasSuffix("« substrat. »") == true, "\(result.edits.first?.newText ?? [])")
        #expect(result.edits.first?.notes.contains { $0.contains("is never closed: the new text is read to the end of the instruction") } == true)
        #expect(result.edits.last?.error?.hasPrefix("unbalanced quote") == true)
        // A quoted new article headed in bold with the act's next number, which the act has
        // as well, is quoted text (no re-reading).
        let (quoted, quotedReading) = readAmending("""
        **Art. 5.** Il est inséré un article 5bis rédigé comme suit :

        « Art. 5bis. Le premier alinéa.

        **Art. 6.** Le second article. »

        **Art. 6.** Dans l'article 7 du même arrêté, le mot « dix » est remplacé par le mot « onze ».
        """)
        #expect(!quotedReading.contains { $0.message.contains("is not closed before the bold heading") })
        #expect(quoted.edits.map(\.source.article) == ["5", "6"])
    }

    /// 2020200575, art. 7, 2°: the last point of a lead-in announces §§ whose text follows
    /// unquoted, after the enumeration, as §§ of the amending article itself (and ends with a
    /// closing quotation mark that opens nowhere): read as the point's new text, with a warning.
    @Test func newParagraphsPrintedUnquotedAfterTheLastPoint() throws {
        let (result, _) = readAmending("""
        **Art. 7.** A l'article 26 du même arrêté, les modifications suivantes sont apportées :

        1. le mot « dix » est remplacé par le mot « onze » ;

        2. l'article est complété par les §§ 9 et 10 rédigés comme suit :

        § 9 - Le chef de département représente le ministre.

        § 10 - Le chef de département émet les invitations. »

        **Art. 8.** Dans l'article 27 du même arrêté, le mot « deux » est remplacé par le mot « trois ».
        """)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.edits.map(\.target.description) == ["art. 26", "art. 26", "art. 27"])
        guard case .insertUnits(_, let fragment, _)? = result.edits[1].change else { Issue.record("not an insertion"); return }
        #expect(fragment.blocks == ["§ 9. Le chef de département représente le ministre.", "§ 10. Le chef de département émet les invitations."])
        #expect(result.diagnostics.contains { $0.message.hasPrefix("the new text is printed without quotation marks: the 2 alinéa(s) after it (the closing quotation mark at its end, which opens nowhere, dropped)") })
    }
}

extension RealPhrasingTests {
    /// 2019030053, art. 26, 1°: « sont insérés, entre le 2ème et le 3ème tiret, les mots :
    /// « - CAPE … » »: words placed between two dashes that begin with a dash are a new
    /// dash, said in a warning; other words there are not read so.
    @Test func wordsThatMakeADashBetweenTwoDashes() throws {
        let (result, diagnostics) = readAmending("**Article 1er.** A l'article 105 du même arrêté, au point 1°, c), sont insérés, entre le 2ème et le 3ème tiret, les mots : « - CAPE de pratiques expérimentales ; ».")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let edit = try #require(result.edits.first)
        #expect(edit.kind == .insert)
        #expect(edit.newUnit == "tiret")
        #expect(edit.newText == ["- CAPE de pratiques expérimentales ;"])
        #expect(EditRenderer.anchors(edit) == ["tiret 2", "tiret 3"])
        #expect(edit.targetAddress == "art. 105, 1°, c)")
        #expect(diagnostics.contains { $0.message.contains("read as a new dash") } || result.diagnostics.contains { $0.message.contains("read as a new dash") })
        let plain = edits("A l'article 105 du même arrêté, au point 1°, c), sont insérés, entre le 2ème et le 3ème tiret, les mots : « CAPE ».")
        #expect(plain.hasErrors)
    }
}

extension RealPhrasingTests {
    /// 2023200641, art. 11 (hand check 3, record 423): « dont le texte existant formera le
    /// paragraphe 1er » says what « dont le texte actuel formera » says — the present text
    /// renumbered —; it was kept as a note alone, so the § 1 was never numbered.
    @Test func theExistingTextWillFormParagraphOne() throws {
        let result = edits("L'article VI.3-61 du même code, dont le texte existant formera le paragraphe 1er, est complété par un paragraphe 2 rédigé comme suit :\n\n« § 2. Le texte nouveau. ».")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.edits.map(\.kind) == [.renumber, .insert])
        #expect(result.edits.first?.change == .renumber(as: UnitReference([.paragraph("1")])))
    }
}

extension RealPhrasingTests {
    /// 2021030322 (hand check 3, record 236): « de l'AR/CIR 92 » is the royal decree of
    /// execution of the income tax code (its lead-in was « not read », blamed for what its
    /// sub-instructions, columns of tables, are).
    @Test func theIncomeTaxCodeByItsAbbreviations() throws {
        let result = edits("A l'article 18, § 3, de l'AR/CIR 92, modifié en dernier lieu par l'arrêté royal du 17 février 2020, les mots « A » sont remplacés par les mots « B ».")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let edit = try #require(result.edits.first)
        #expect(edit.targetAddress == "art. 18, § 3")
        #expect(edit.targetAct?.kind == .arreteRoyal)
        #expect(edit.targetAct?.date?.iso == "1993-08-27")
        let code = edits("A l'article 145/1 du CIR 92, le mot « A » est remplacé par le mot « B ».")
        #expect(!code.hasErrors, "\(code.diagnostics)")
        #expect(code.edits.first?.targetAct?.title == "Code des impôts sur les revenus 1992")
    }
}

extension RealPhrasingTests {
    /// 2019030053, art. 27, 1° (hand check 3, record 49): « l'intitulé « a) Titres requis »
    /// est complété par les items rédigés comme suit » — the point a), named by its label
    /// and heading, gets the new entries at its end; a quoted title without a label stays
    /// the words of a title.
    @Test func itemsAddedUnderAHeadedPoint() throws {
        let result = edits("A l'article 106 du même arrêté, au 1°, l'intitulé « a) Titres requis » est complété par les items rédigés comme suit :\n\n« - Diplôme A ;\n\n- Diplôme B. »;")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let edit = try #require(result.edits.first)
        #expect(edit.targetAddress == "art. 106, 1°, a)")
        #expect(edit.kind == .insert)
        #expect(edit.place == .end)
        #expect(edit.notes.contains("l'intitulé « a) Titres requis »"))
        let words = edits("Dans l'article 106 du même arrêté, l'intitulé « Titres requis » est remplacé par l'intitulé « Titres exigés ».")
        #expect(words.edits.first?.words == "Titres requis")
    }
}

extension RealPhrasingTests {
    /// 2021040075, art. 2: « Dans l'arrêté royal du 5 octobre 2000 portant exécution … de
    /// la loi du 6 août 1990 …, en ce qui concerne les sociétés mutualistes visées à l'article
    /// 43bis, § 1er, de cette même loi, il est inséré un article 1erquinquies » — « en ce qui
    /// concerne » and its words belong to the title; before a unit or a language version
    /// they are the instruction's.
    @Test func enCeQuiConcerneInACitedTitle() throws {
        let result = edits("Dans l'arrêté royal du 5 octobre 2000 portant exécution de l'article 2 de la loi du 6 août 1990 relative aux mutualités, en ce qui concerne les sociétés mutualistes visées à l'article 43bis, § 1er, de cette même loi, il est inséré un article 1erquinquies, rédigé comme suit :\n\n« Art. 1erquinquies. Aucune personne ne peut obtenir la qualité de membre. »")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let edit = try #require(result.edits.first)
        #expect(edit.targetAct?.title == "portant exécution de l'article 2 de la loi du 6 août 1990 relative aux mutualités, en ce qui concerne les sociétés mutualistes visées à l'article 43bis, § 1er, de cette même loi")
        #expect(edit.newUnit == "article 1erquinquies")
        // Before a unit, « en ce qui concerne » is the instruction's place.
        let place = edits("Dans l'arrêté royal du 5 octobre 2000 relatif aux mutualités, en ce qui concerne l'article 5, les mots « A » sont remplacés par les mots « B ».")
        #expect(place.edits.first?.targetAct?.title == "relatif aux mutualités")
    }
}

extension RealPhrasingTests {
    /// 2020040393, art. 1, 2°: « dans la ligne qui commence par " comité de concertation de
    /// base n° 17 ", dans la colonne 3, les mots " à l'exception de la Monnaie Royale de
    /// Belgique sont abrogés ". » — the act closes its quotation after its own verb: the
    /// words before the verb are repealed, and the slip is said.
    @Test func aVerbInsideTheQuotationThatNoVerbFollows() throws {
        let result = edits("Dans l'article 1er du même arrêté, les mots « à l'exception de la Monnaie Royale de Belgique sont abrogés ».")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let edit = try #require(result.edits.first)
        #expect(edit.change == .deleteWords(QuotedWords("à l'exception de la Monnaie Royale de Belgique", noun: "mots"), every: false))
        #expect(result.diagnostics.map(\.message) == ["the act closes its quotation after its own verb (« … sont abrogés »), and no verb follows: read as the words « à l'exception de la Monnaie Royale de Belgique » repealed"])
        // Followed by its verb, the same words are the text's own.
        let quoted = edits("Dans l'article 1er du même arrêté, les mots « qui sont abrogés » sont supprimés.")
        #expect(quoted.edits.first?.change == .deleteWords(QuotedWords("qui sont abrogés", noun: "mots"), every: false))
        #expect(quoted.diagnostics.isEmpty)
        // A quotation without a verb that ends otherwise is no instruction read: placed in the
        // amended act (« Dans l'article 1er du même arrêté, »), an error (look 26: it was a
        // provision of the amending act, with a warning).
        let verbless = edits("Dans l'article 1er du même arrêté, les mots « à l'exception de la Monnaie ».")
        #expect(verbless.hasErrors && verbless.edits.allSatisfy { $0.change == nil && $0.error != nil }, "\(verbless.diagnostics)")
        // Under a lead-in, as the act writes it.
        let (real, _) = readAmending("""
        **Article 1er.** A l'article 1er du même arrêté, les modifications suivantes sont apportées :

        1° les mots « Chancellerie » sont remplacés par les mots « SPF Chancellerie »;

        2° les mots « à l'exception de la Monnaie Royale de Belgique sont abrogés ».
        """)
        #expect(real.edits.map(\.change) == [.replaceWords(QuotedWords("Chancellerie", noun: "mots"), by: "SPF Chancellerie", every: false),
                                             .deleteWords(QuotedWords("à l'exception de la Monnaie Royale de Belgique", noun: "mots"), every: false)])
    }
}

/// 2022040073, art. 19, 3°: words inserted that quote other words, all in straight quotes.
@Suite("An instruction quoting words that quote words")
struct NestedQuotationInstructionTests {
    @Test func theOuterQuotationIsTheNewWords() throws {
        let result = edits("Dans l'article 70, § 9, de la même loi, les mots \"24bis, en remplaçant à chaque fois les mots \"à laquelle la mutualité est affiliée\" par les mots \"à laquelle la société est affiliée\", 31,\" sont insérés entre les mots \"24,\" et les mots \"38bis,\".")
        let edit = try #require(result.edits.first)
        #expect(edit.error == nil)
        #expect(edit.change?.newWords == "24bis, en remplaçant à chaque fois les mots «à laquelle la mutualité est affiliée» par les mots «à laquelle la société est affiliée», 31,")
        #expect(edit.place == .between("24,", "38bis,"))
    }
}

/// Hand check 15, outside the draw (2023200703, art. 3, 7°): « 3° et 4°, a) » was read as a
/// range from 3°, a) to the 4°, without a word. The a) is named after the 4° and is its
/// own: two places, the 3° whole and the 4°, a), with a note.
@Suite("Points listed, then a point inside")
struct ListedPointsThenInnerPointTests {
    @Test func theInnerPointBelongsToTheLastPointNamed() throws {
        let result = edits("A l'article 115, alinéa 1er, 3° et 4°, a), du même arrêté, le montant de « 23,09 euros » est remplacé par le montant de « 23,39 euros ».")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.edits.map(\.target.description) == ["art. 115, al. 1, 3°", "art. 115, al. 1, 4°, a)"])
        #expect(result.edits.allSatisfy { $0.target.through == nil && $0.change?.newWords == "23,39 euros" })
        #expect(result.edits.allSatisfy { $0.notes.contains("« 3° et 4°, a) »: the 3° whole, and the a) of the 4°") })
        // A range, or a longer list, with a point inside: not read.
        let range = edits("A l'article 115, alinéa 1er, 3° à 5°, a), du même arrêté, le montant de « 23,09 euros » est remplacé par le montant de « 23,39 euros ».")
        #expect(range.hasErrors)
        let list = edits("A l'article 115, alinéa 1er, 3°, 5° et 7°, a), du même arrêté, le montant de « 23,09 euros » est remplacé par le montant de « 23,39 euros ».")
        #expect(list.hasErrors)
        // Hand check 16's probes: three points (the 4° was lost), two points inside (the b)
        // was lost), two points that do not follow each other — each unread, and loud.
        for places in ["3°, 4° et 5°, a)", "3° et 4°, a) et b)", "3° et 5°, a)"] {
            let other = edits("A l'article 115, alinéa 1er, \(places), du même arrêté, le montant de « 23,09 euros » est remplacé par le montant de « 23,39 euros ».")
            #expect(other.hasErrors, "\(places)")
            #expect(other.edits.allSatisfy { $0.change == nil }, "\(places)")
        }
        // Without the inner point, the two points are read as before.
        let plain = edits("A l'article 115, alinéa 1er, 3° et 4°, du même arrêté, le montant de « 23,09 euros » est remplacé par le montant de « 23,39 euros ».")
        #expect(!plain.hasErrors, "\(plain.diagnostics)")
        #expect(plain.edits.first?.target.through == .point(PointLabel(kind: .degree, value: "4")))
    }
}
