package com.contas.demo;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Texts of the demo data in the two languages the seed users write. */
enum DemoLanguage {
    PT_BR(
            new Locale("pt", "BR"),
            ".com.br",
            List.of("gmail.com", "hotmail.com", "uol.com.br", "outlook.com", "terra.com.br"),
            List.of(
                    "Licenças anuais",
                    "Renovação de contrato",
                    "Implantação",
                    "Consultoria",
                    "Suporte premium",
                    "Treinamento da equipe",
                    "Expansão de usuários",
                    "Módulo financeiro",
                    "Integração ERP"),
            List.of(
                    "Preço acima do orçamento",
                    "Escolheu um concorrente",
                    "Sem orçamento este ano",
                    "Projeto adiado",
                    "Sem resposta do cliente",
                    "Decisor saiu da empresa"),
            Map.of(
                    "CALL",
                            List.of(
                                    "Ligação de satisfação",
                                    "Ligação de follow-up",
                                    "Ligar para confirmar a proposta",
                                    "Ligação de boas-vindas",
                                    "Follow-up"),
                    "MEETING",
                            List.of(
                                    "Reunião de renovação",
                                    "Apresentação do produto",
                                    "Revisão trimestral",
                                    "Visita ao cliente",
                                    "Reunião de alinhamento"),
                    "TASK",
                            List.of(
                                    "Enviar proposta",
                                    "Atualizar cadastro",
                                    "Preparar contrato",
                                    "Follow-up",
                                    "Emitir nota fiscal"),
                    "DEADLINE", List.of("Prazo da proposta", "Vencimento do contrato", "Entrega da documentação"),
                    "EMAIL",
                            List.of(
                                    "Enviar e-mail de acompanhamento",
                                    "Enviar material de treinamento",
                                    "Responder dúvidas sobre a fatura"),
                    "LUNCH", List.of("Almoço com o cliente", "Almoço de relacionamento")),
            List.of(
                    "Cliente satisfeito com a implantação.",
                    "Pediu desconto para a renovação anual.",
                    "Próximo passo: enviar a proposta revisada.",
                    "Orçamento aprovado para o próximo trimestre.",
                    "Reclamou do tempo de resposta do suporte.",
                    "Quer integrar com o ERP até o fim do ano.",
                    "Preferem contato por WhatsApp pela manhã.",
                    "Novo gerente de compras assumiu em março.",
                    "Contrato assinado, aguardando pagamento da primeira parcela.",
                    "Avaliando ampliar para a filial de Campinas."),
            List.of("ata-reuniao.txt", "proposta-comercial.txt", "requisitos.txt", "contatos-financeiro.txt"),
            "Anotações"),
    EN(
            Locale.ENGLISH,
            ".com",
            List.of("gmail.com", "outlook.com", "yahoo.com", "icloud.com"),
            List.of(
                    "Annual licenses",
                    "Contract renewal",
                    "Onboarding package",
                    "Consulting hours",
                    "Premium support",
                    "Team training",
                    "Seat expansion",
                    "Analytics add-on",
                    "ERP integration"),
            List.of(
                    "Price above budget",
                    "Went with a competitor",
                    "No budget this year",
                    "Project postponed",
                    "No response",
                    "Champion left the company"),
            Map.of(
                    "CALL",
                            List.of(
                                    "Satisfaction call",
                                    "Follow-up call",
                                    "Check-in call",
                                    "Welcome call",
                                    "Follow-up"),
                    "MEETING",
                            List.of(
                                    "Renewal meeting",
                                    "Quarterly business review",
                                    "Product demo",
                                    "Kick-off meeting",
                                    "On-site visit"),
                    "TASK",
                            List.of(
                                    "Send proposal",
                                    "Update account details",
                                    "Prepare contract",
                                    "Follow-up",
                                    "Send invoice"),
                    "DEADLINE", List.of("Proposal deadline", "Contract expiry", "Paperwork due"),
                    "EMAIL", List.of("Send follow-up e-mail", "Send onboarding guide", "Answer billing questions"),
                    "LUNCH", List.of("Lunch with the client", "Business lunch")),
            List.of(
                    "Happy with the onboarding so far.", "Asked for a discount on the annual renewal.",
                    "Next step: send the revised proposal.", "Budget approved for next quarter.",
                    "Complained about support response times.", "Wants the ERP integration by year end.",
                    "Prefers phone calls in the morning.", "New purchasing manager started in March.",
                    "Contract signed, waiting for the first payment.", "Considering a rollout to a second office."),
            List.of("meeting-notes.txt", "proposal-summary.txt", "requirements.txt", "billing-contacts.txt"),
            "Notes");

    private final Locale locale;
    private final String companyDomainSuffix;
    private final List<String> personalMailDomains;
    private final List<String> products;
    private final List<String> lostReasons;
    private final Map<String, List<String>> subjectsByActivityType;
    private final List<String> remarks;
    private final List<String> fileNames;
    private final String fileHeading;

    DemoLanguage(
            Locale locale,
            String companyDomainSuffix,
            List<String> personalMailDomains,
            List<String> products,
            List<String> lostReasons,
            Map<String, List<String>> subjectsByActivityType,
            List<String> remarks,
            List<String> fileNames,
            String fileHeading) {
        this.locale = locale;
        this.companyDomainSuffix = companyDomainSuffix;
        this.personalMailDomains = personalMailDomains;
        this.products = products;
        this.lostReasons = lostReasons;
        this.subjectsByActivityType = subjectsByActivityType;
        this.remarks = remarks;
        this.fileNames = fileNames;
        this.fileHeading = fileHeading;
    }

    Locale locale() {
        return locale;
    }

    String companyDomainSuffix() {
        return companyDomainSuffix;
    }

    List<String> personalMailDomains() {
        return personalMailDomains;
    }

    List<String> products() {
        return products;
    }

    List<String> lostReasons() {
        return lostReasons;
    }

    List<String> subjects(String activityType) {
        return subjectsByActivityType.get(activityType);
    }

    /** Sentences for notes, activity notes and files. */
    List<String> remarks() {
        return remarks;
    }

    List<String> fileNames() {
        return fileNames;
    }

    String fileHeading() {
        return fileHeading;
    }
}
