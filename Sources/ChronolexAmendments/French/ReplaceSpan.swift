import ChronolexModel

/// « l'énumération commençant par les mots " 140 jusqu'au 149 " et se terminant par le mot
/// " chemotherapy " est remplacée par l'énumération suivante : " - C00-C14 : … " »
/// (2020040068, art. 1, 2°): the units from the one that begins with some words to the one
/// that ends with others, replaced by a new text.
enum ReplaceSpanForm: InstructionForm {
    static func read(_ s: inout Scanner, _ clause: ClauseInput) throws(InstructionError) -> [ClauseOutput]? {
        guard case .none = clause.subject else { return nil }
        let start = s.index
        guard s.take("l'", "enumeration") || s.take("la", "liste"),
              s.take("commencant", "par"), let from = WordNouns.read(&s),
              s.take("et"), s.take("se", "terminant", "par") || s.take("finissant", "par") || s.take("se", "terminant", "avec"),
              let through = WordNouns.read(&s),
              s.takeAuxiliary(), s.takeParticiple("remplac"), s.take("par") else {
            s.index = start
            return nil
        }
        // « par l'énumération suivante : », « par ce qui suit : ».
        _ = s.take("l'", "enumeration") || s.take("la", "liste")
        _ = s.takeAny(Lexicon.following) != nil || s.take("ce", "qui", "suit")
        let text = NewText.read(&s, announced: true)
        // The new text read as units (dashes, points, alinéas): they take the place of the
        // run the timeline locates.
        return [ClauseOutput(target: clause.target, change: .replaceSpan(from: from.text.trimmingSpaces, through: through.text.trimmingSpaces, by: text),
                             announced: true, readAs: .units)]
    }
}
