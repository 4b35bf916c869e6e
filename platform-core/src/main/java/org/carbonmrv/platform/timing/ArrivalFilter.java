package org.carbonmrv.platform.timing;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/** Starts a request's {@link ServerTiming} when it arrives, before security and body parsing. */
public class ArrivalFilter extends OncePerRequestFilter {

    static final String ATTRIBUTE = ServerTiming.class.getName();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.setAttribute(ATTRIBUTE, new ServerTiming(System.nanoTime()));
        chain.doFilter(request, response);
    }
}
