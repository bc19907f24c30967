package io.jingwu.portal.admin.boundary;

import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says in words where in a service definition a refusal lies: the catalogue's rules name it by path
 * ({@code fields[1].choices[0].labels.en}), an administrator reads "问题 2（amountOwed） · 选项 1 · English".
 */
final class DefinitionPaths {

    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z]+)(?:\\[(\\d+)])?");

    private DefinitionPaths() {
    }

    static String describe(String path, ServiceDraft draft) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle texts = faces.getApplication().getResourceBundle(faces, "msg");
        List<String> words = new ArrayList<>();
        Matcher segment = SEGMENT.matcher(path);
        while (segment.find()) {
            String name = segment.group(1);
            String index = segment.group(2);
            if (index != null) {
                int position = Integer.parseInt(index);
                String word = MessageFormat.format(text(texts, "admin.services.path." + name + ".item", name),
                        position + 1);
                if ("fields".equals(name) && draft != null && position < draft.getFields().size()
                        && draft.getFields().get(position).getCode() != null) {
                    word += MessageFormat.format(text(texts, "admin.services.path.fieldCode", " ({0})"),
                            draft.getFields().get(position).getCode());
                }
                words.add(word);
            } else if (draft != null && draft.getLanguages().contains(name)) {
                words.add(text(texts, "admin.services.lang." + name, name));
            } else if (!"texts".equals(name) && !"limits".equals(name) && !"labels".equals(name)) {
                words.add(text(texts, "admin.services.path." + name, name));
            }
        }
        return words.isEmpty() ? text(texts, "admin.services.path.service", path) : String.join(" · ", words);
    }

    private static String text(ResourceBundle texts, String key, String otherwise) {
        return texts.containsKey(key) ? texts.getString(key) : otherwise;
    }
}
