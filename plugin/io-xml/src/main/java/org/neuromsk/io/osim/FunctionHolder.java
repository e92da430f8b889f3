package org.neuromsk.io.osim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElements;

import org.neuromsk.io.xml.UnknownElementHolder;
import org.neuromsk.io.xml.XmlValue;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A function-valued property in the wrapped encoding, {@code <x_location><SimmSpline>…</x_location>}:
 * one function (or several for list properties such as {@code moment_arm_functions}); an empty element
 * ({@code <prescribed_function />}) holds none. Functions of classes not modelled here are preserved.
 */
public final class FunctionHolder extends XmlValue implements UnknownElementHolder {

    @XmlElements({
        @XmlElement(name = "Constant", type = Constant.class),
        @XmlElement(name = "LinearFunction", type = LinearFunction.class),
        @XmlElement(name = "PolynomialFunction", type = PolynomialFunction.class),
        @XmlElement(name = "SimmSpline", type = SimmSpline.class),
        @XmlElement(name = "NaturalCubicSpline", type = NaturalCubicSpline.class),
        @XmlElement(name = "PiecewiseLinearFunction", type = PiecewiseLinearFunction.class),
        @XmlElement(name = "PiecewiseConstantFunction", type = PiecewiseConstantFunction.class),
        @XmlElement(name = "StepFunction", type = StepFunction.class),
        @XmlElement(name = "MultiplierFunction", type = MultiplierFunction.class),
        @XmlElement(name = "GCVSpline", type = GCVSpline.class),
        @XmlElement(name = "Sine", type = Sine.class),
        @XmlElement(name = "MultivariatePolynomialFunction", type = MultivariatePolynomialFunction.class)})
    private List<OsimFunction> functions = new ArrayList<>();

    @XmlAnyElement
    private List<Element> unknown = new ArrayList<>();

    /** An empty property (for the XML binding). */
    FunctionHolder() {
    }

    /** @param function the one function */
    FunctionHolder(OsimFunction function) {
        functions.add(function);
    }

    /** @return the function, or null when the property is empty or holds an unmodelled class */
    public OsimFunction function() {
        return functions.isEmpty() ? null : functions.get(0);
    }

    /** @return all functions, in file order (read-only) */
    public List<OsimFunction> functions() {
        return Collections.unmodifiableList(functions);
    }

    @Override
    public List<Element> unknownElements() {
        return Collections.unmodifiableList(unknown);
    }

    /**
     * Moves an inline-encoded function ({@code <SimmSpline name="x_location">}) into the wrapped
     * property, unless the wrapped property already has content.
     *
     * @param inline functions read inline, by name; the claimed one is removed
     * @param property the property name
     * @param current the wrapped property as read, or null
     * @return the property to keep
     */
    static FunctionHolder claim(List<OsimFunction> inline, String property, FunctionHolder current) {
        if (current != null && (current.function() != null || !current.unknown.isEmpty())) {
            return current;
        }
        for (Iterator<OsimFunction> it = inline.iterator(); it.hasNext();) {
            OsimFunction f = it.next();
            if (property.equals(f.name())) {
                it.remove();
                return new FunctionHolder(f);
            }
        }
        return current;
    }

    /** JAXB callback: tidies preserved elements. */
    void afterUnmarshal(Unmarshaller unmarshaller, Object parent) {
        for (Element e : unknown) {
            Node child = e.getFirstChild();
            while (child != null) {
                Node next = child.getNextSibling();
                if (child.getNodeType() == Node.COMMENT_NODE
                        || (child.getNodeType() == Node.TEXT_NODE && child.getNodeValue().isBlank())) {
                    e.removeChild(child);
                }
                child = next;
            }
        }
    }
}
