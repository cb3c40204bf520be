package nl.aanbodwijzer.web;

import java.util.List;

/**
 * What every page shows around its content: its title, who is signed in (null when nobody is), the
 * menu for that account, and the token each form sends back against cross-site requests.
 */
public record Chrome(String title, String path, String user, String roleLabel, List<NavItem> menu, String csrfToken) {

    /** A link of the main menu; {@code current} marks the section the page belongs to. */
    public record NavItem(String label, String href, boolean current) {}

    public boolean signedIn() {
        return user != null;
    }
}
