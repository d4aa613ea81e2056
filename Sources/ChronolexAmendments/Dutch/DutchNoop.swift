import ChronolexModel

/// "(betreft de Duitse tekst)", "(betreft enkel de Franse tekst)": no change to this
/// language version.
enum DutchNoopForm: InstructionForm {
    static func read(_ s: inout Scanner, _ clause: ClauseInput) throws(InstructionError) -> [ClauseOutput]? {
        let bracketed = s.take("(")
        guard s.take("betreft") else { return nil }
        _ = s.takeAny(["enkel", "alleen", "uitsluitend"])
        _ = s.takeAny(["de", "het"])
        guard let language = Lexicon.concernedLanguage(&s, bracketed: bracketed) else { return nil }
        return [ClauseOutput(target: UnitReference(clause.target.steps), change: .noop(language: language))]
    }
}
