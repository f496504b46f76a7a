package org.groundwork;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.server.LoadDependenciesOnStartup;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/*
 * Dialogs and tabs that features contribute through extension points (VisitAction, BusinessAction, BusinessTab) are
 * found at run time, so the bundler can't tell which route needs their components: load every component up front.
 */
@SpringBootApplication
@LoadDependenciesOnStartup
@StyleSheet(Lumo.STYLESHEET)
@CssImport("./styles/groundwork.css")
public class Application implements AppShellConfigurator {
    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
