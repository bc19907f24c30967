package io.jingwu.chatbot.dialog.boundary;

import io.jingwu.api.platform.i18n.CallerLanguage;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.platform.problems.Problem;
import io.jingwu.chatbot.dialog.entity.Answer;
import io.jingwu.chatbot.dialog.entity.Channel;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * The web chat: a citizen sends a message and gets the chatbot's replies, with the intent
 * it understood. The first message starts a conversation; sending its id with the next
 * messages continues it. A message that breaks the rules (no text, more than 1000
 * characters, a language other than zh, en or ru) is refused with 400 and a problem document
 * explaining every broken rule in the citizen's language.
 */
@Path("v1/chat/messages")
@Tag(name = "Chat", description = "The chatbot of the web chat")
@RequestScoped
public class ChatMessagesResource {

    @Inject
    Conversations conversations;

    @Inject
    CallerLanguage callerLanguage;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(summary = "Send a chat message", description = "Answers with the intent understood and the replies.")
    @APIResponse(responseCode = "200", description = "The chatbot's answer")
    @APIResponse(responseCode = "400", description = "Invalid message: a problem document")
    public Response post(ChatMessageRequest request) {
        callerLanguage.bodySays(request == null ? null : request.lang());
        Language language = callerLanguage.current();
        List<FieldError> errors = ChatMessageValidation.check(request);
        if (!errors.isEmpty()) {
            return Problem.invalidInput(errors, language);
        }
        Answer answer = conversations.answer(request.conversationId(), request.text(), language, Channel.WEBCHAT);
        return Response.ok(ChatMessageResponse.of(answer), MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, language.tag())
                .build();
    }
}
