package org.carbonmrv.auditservice.webhooks;

import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.RegexPatternTypeFilter;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** The kinds of event an endpoint may ask for: the names of the platform's events, or {@code *} for all. */
final class EventKinds {

    static final String ALL = "*";
    private static final Set<String> KNOWN = scan();

    private EventKinds() {}

    static boolean known(String kind) {
        return ALL.equals(kind) || KNOWN.contains(kind);
    }

    private static Set<String> scan() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new RegexPatternTypeFilter(Pattern.compile(".*Event")));
        Set<String> names = new TreeSet<>();
        scanner.findCandidateComponents("org.carbonmrv.api").forEach(candidate -> {
            String name = candidate.getBeanClassName();
            names.add(name.substring(name.lastIndexOf('.') + 1));
        });
        return names;
    }
}
