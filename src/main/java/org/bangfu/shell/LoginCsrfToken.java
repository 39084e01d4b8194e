package org.bangfu.shell;

import jakarta.servlet.http.HttpServletRequest;

import org.jsoup.nodes.Element;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;

/**
 * Puts Spring's CSRF token into every page Vaadin serves, as the two meta tags the login form (vaadin-login-form)
 * reads and posts back with the user name and password.
 */
@Component
class LoginCsrfToken implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            if (!(response.getVaadinRequest() instanceof VaadinServletRequest servletRequest)) {
                return;
            }
            HttpServletRequest request = servletRequest.getHttpServletRequest();
            if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
                Element head = response.getDocument().head();
                head.appendElement("meta").attr("name", "_csrf_parameter").attr("content", token.getParameterName());
                head.appendElement("meta").attr("name", "_csrf").attr("content", token.getToken());
            }
        });
    }
}
