package org.groundwork.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import lombok.RequiredArgsConstructor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies {@link SessionFreshness} to every request of a signed-in session before anything is authorized: a
 * changed role takes effect at once, a disabled account is signed out at once, on whichever node serves it.
 */
@RequiredArgsConstructor
class SessionFreshnessFilter extends OncePerRequestFilter {

    private final SessionFreshness freshness;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
        Authentication authentication = holder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            switch (freshness.check(user)) {
                case SessionFreshness.Current current -> {
                    // the session goes on as it is
                }
                case SessionFreshness.Refreshed refreshed -> {
                    SecurityContext context = holder.createEmptyContext();
                    context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                            refreshed.user(), null, refreshed.user().getAuthorities()));
                    holder.setContext(context);
                    contexts.saveContext(context, request, response);
                }
                case SessionFreshness.Ended ended -> {
                    holder.clearContext();
                    HttpSession session = request.getSession(false);
                    if (session != null) {
                        session.invalidate();
                    }
                }
            }
        }
        chain.doFilter(request, response);
    }
}
