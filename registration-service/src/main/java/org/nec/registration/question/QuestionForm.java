package org.nec.registration.question;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.nec.registration.page.PageErrors;
import org.nec.registration.tickettype.LocalizedText;

/**
 * The console's form for a new question, as typed: options one per line, French and English lines in the same
 * order. Turned into the admin API's request, with an id and option codes made from the English wording.
 */
public record QuestionForm(String kind, boolean required, String labelFr, String labelEn, String optionsFr,
                           String optionsEn) {

    private static final int MAX_ID = 40;

    static QuestionForm blank() {
        return new QuestionForm("", false, "", "", "", "");
    }

    QuestionController.QuestionRequest toRequest(List<Question> existing, PageErrors errors) {
        QuestionKind chosen = Arrays.stream(QuestionKind.values()).filter(k -> k.name().equals(kind)).findFirst()
                .orElse(null);
        List<String> fr = lines(optionsFr);
        List<String> en = lines(optionsEn);
        if (fr.size() != en.size()) {
            errors.add("optionsEn", "console.error.question.options.count");
        }
        List<Question.Option> options = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < Math.min(fr.size(), en.size()); i++) {
            options.add(new Question.Option(unique(slug(en.get(i), "option"), codes), new LocalizedText(fr.get(i),
                    en.get(i))));
        }
        Set<String> ids = new HashSet<>(existing.stream().map(Question::id).toList());
        int position = existing.stream().mapToInt(Question::position).max().orElse(-1) + 1;
        return new QuestionController.QuestionRequest(unique(slug(labelEn, "question"), ids),
                new LocalizedText(labelFr, labelEn), chosen, options.isEmpty() && fr.isEmpty() ? null : options,
                required, Math.min(position, 1000));
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** Lower-case letters, digits and dashes, as the API wants ids and answers are keyed by. */
    static String slug(String text, String otherwise) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        plain = plain.length() > MAX_ID - 4 ? plain.substring(0, MAX_ID - 4).replaceAll("-+$", "") : plain;
        return plain.isEmpty() ? otherwise : plain;
    }

    private static String unique(String base, Set<String> taken) {
        String candidate = base;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = base + "-" + n;
        }
        taken.add(candidate);
        return candidate;
    }
}
