package io.jingwu.portal.evaluation.boundary;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** {@code /evaluation}, the address people are given, leads to the page, with any period asked for. */
@WebServlet("/evaluation")
public class EvaluationAddress extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String query = request.getQueryString();
        response.sendRedirect(request.getContextPath() + "/evaluation.xhtml" + (query == null ? "" : "?" + query));
    }
}
