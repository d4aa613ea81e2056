import ChronolexModel

/// "L'annexe du même arrêté est remplacée par l'annexe du présent arrêté": the new text
/// is not quoted but printed as the amending act's own annex. The form reads the
/// instruction; ``InstructionReader`` gives it the annex's text (or reports that the act
/// has none).
enum ReplaceByOwnAnnexForm: InstructionForm {
    static func read(_ s: inout Scanner, _ clause: ClauseInput) throws(InstructionError) -> [ClauseOutput]? {
        guard case .unit = clause.subject, case .annex? = clause.target.steps.last else { return nil }
        guard s.takeAuxiliary(), s.takeParticiple("remplac"), s.take("par"), let number = OwnAnnex.read(&s) else { return nil }
        return [ClauseOutput(target: UnitReference(clause.target.steps), change: .replaceUnits(Fragment(blocks: [], content: .text)),
                             notes: ["remplacée par l'annexe \(number.map { $0 + " " } ?? "")du présent acte"], byOwnAnnex: true, ownAnnex: number)]
    }
}

/// The amending act's own annex, named where an instruction takes its new text from it:
/// "l'annexe 2 jointe au présent arrêté", "l'annexe du présent arrêté", "en annexe au
/// présent décret".
enum OwnAnnex {
    /// Which of this act's annexes (`.some(nil)`: not said, the only one); `nil`, cursor
    /// unmoved, when the words do not name one.
    static func read(_ s: inout Scanner) -> String?? {
        let start = s.index
        var number: String?
        if !s.take("en", "annexe") {
            guard s.take("l'", "annexe") || s.take("les", "annexes") else { return nil }
            if let token = s.peek(), token.startsWithDigit {
                number = OrdinalNumber.normalized(token.text)
                s.index += 1
            }
            _ = s.takeParticiple("joint") || s.takeParticiple("annex")
        }
        guard s.take("du", "present") || s.take("de", "la", "presente") || s.take("au", "present") || s.take("a", "la", "presente"),
              let noun = s.word(), CitationReader.actNouns.contains(noun) else {
            s.index = start
            return nil
        }
        s.index += 1
        return .some(number)
    }

    /// "reprise à l'annexe du présent arrêté" (2023200641, art. 16), "telle que reprise en
    /// annexe au présent décret" (2023040026, art. 2), "jointe en annexe au présent arrêté":
    /// a new unit's text, given by this act's annex.
    static func readSource(_ s: inout Scanner) -> String?? {
        let start = s.index
        _ = s.take("telle", "que") || s.take("tel", "que")
        guard s.takeParticiple("repris") || s.takeParticiple("joint") || s.take("figurant") else {
            s.index = start
            return nil
        }
        _ = s.take("a")
        guard let number = read(&s) else {
            s.index = start
            return nil
        }
        return number
    }
}
